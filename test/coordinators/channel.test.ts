import { describe, expect, it } from 'vitest';
import { channelReloadNotifier, KnowledgeChannelStore, reloadNotice } from '../../src/coordinators/channel.js';
import type { ConversationRef } from '../../src/handoff/conversationRef.js';
import type { ReloadEvent } from '../../src/knowledge/live.js';
import { createStorage } from '../../src/storage/createStorage.js';

const REJECTED: ReloadEvent = {
  kind: 'rejected',
  version: 'bbbbbbbbbbbb',
  serving: 'aaaaaaaaaaaa',
  errors: [{ file: 'docs/kanto-esitys-2022.md', line: 4, field: 'type', message: 'must be one of: call_announcement, …', severity: 'error' }],
  warnings: [{ file: 'docs/a.md', line: 12, message: 'section "Tyhjä" is empty', severity: 'warning' }],
};
const CHANNEL: ConversationRef = { conversation: { id: '19:koordinaattorit@thread.tacv2', conversationType: 'channel' }, serviceUrl: 'http://127.0.0.1:1', channelId: 'msteams' };

describe('reloadNotice', () => {
  it('tells coordinators, in Finnish, that the edit was not applied, what still serves, and every issue with file, line and field', () => {
    const text = reloadNotice(REJECTED, 'fi');
    expect(text.split('\n')).toEqual([
      expect.stringContaining('Tietopohjan muutosta ei otettu käyttöön') as unknown as string,
      '• docs/kanto-esitys-2022.md:4 [type]: must be one of: call_announcement, …',
      'Huomautukset (eivät estä käyttöönottoa):',
      '• docs/a.md:12: section "Tyhjä" is empty',
    ]);
    expect(text).toContain('(aaaaaaaaaaaa)');
  });

  it('says an applied edit is live, with its version', () => {
    expect(reloadNotice({ kind: 'reloaded', version: 'cccccccccccc', previous: 'aaaaaaaaaaaa', documents: 5, warnings: [] }, 'en')).toBe(
      'The knowledge base edit is live (version cccccccccccc, 5 documents). The bot now answers from the new content.',
    );
  });

  it('lists at most 15 issues and counts the rest', () => {
    const many: ReloadEvent = { ...REJECTED, warnings: [], errors: Array.from({ length: 20 }, (_, i) => ({ file: `docs/${i}.md`, message: 'x', severity: 'error' as const })) };
    const lines = reloadNotice(many, 'fi').split('\n');
    expect(lines).toHaveLength(1 + 15 + 1);
    expect(lines.at(-1)).toBe('…ja 5 muuta');
  });
});

describe('channelReloadNotifier', () => {
  it('posts nothing until a channel is registered, then posts each event there', async () => {
    const store = new KnowledgeChannelStore(createStorage({ kind: 'memory' }));
    const sent: [string, string][] = [];
    const notifier = channelReloadNotifier(store, async (channel, text) => void sent.push([channel.conversation.id, text]));
    await notifier.notify(REJECTED);
    expect(sent).toEqual([]);
    await store.register(CHANNEL, { id: 'aad-kaisa', name: 'Kaisa' }, new Date('2025-03-15T10:00:00.000Z'));
    await notifier.notify(REJECTED);
    expect(sent).toEqual([['19:koordinaattorit@thread.tacv2', reloadNotice(REJECTED, 'fi')]]);
  });
});
