import type { Member } from '../handoff/ticket.js';

/**
 * Whether a text meant for the knowledge base names the member who asked. Pure.
 *
 * A FAQ entry is read by every member, so it must not carry the asker's personal data. The bot
 * knows the asker's display name and Teams ids from the ticket; this finds them in the text:
 * the whole display name in any case, each part of it of three letters or more where it is
 * written as a name (capitalised, a whole word), and the ids. It cannot know other people's
 * names or an address someone typed: the adviser and the coordinator read the text before it is
 * written, and the card asks them to.
 */
export type PersonalDataFinding = { kind: 'name'; found: string } | { kind: 'id'; found: string };

const MIN_NAME_PART = 3;

export function findMemberData(text: string, member: Pick<Member, 'displayName' | 'id' | 'aadObjectId'>): PersonalDataFinding | undefined {
  const lower = text.toLowerCase();
  for (const id of [member.id, member.aadObjectId]) {
    if (id !== undefined && id.trim() !== '' && lower.includes(id.trim().toLowerCase())) return { kind: 'id', found: id.trim() };
  }
  const name = member.displayName.trim().replace(/\s+/g, ' ');
  if (name === '') return undefined;
  if (lower.replace(/\s+/g, ' ').includes(name.toLowerCase())) return { kind: 'name', found: name };
  for (const part of name.split(/[\s,()]+/)) {
    const letters = part.replace(/[^\p{L}'-]/gu, '');
    if ([...letters].length < MIN_NAME_PART) continue;
    // As written in the display name ("Anna-Liisa") and capitalised ("maija" → "Maija").
    for (const asName of new Set([letters, capitalise(letters)])) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(asName)}(?![\\p{L}\\p{N}])`, 'u');
      if (pattern.test(text)) return { kind: 'name', found: asName };
    }
  }
  return undefined;
}

function capitalise(word: string): string {
  const [first = '', ...rest] = [...word];
  return first.toUpperCase() + rest.join('').toLowerCase();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
