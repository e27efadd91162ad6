import { REGIONS, type GlossaryEntry } from '../src/knowledge/schema.js';
import { parseKnowledge, type SourceFile } from '../src/knowledge/parse.js';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import { passageText } from '../src/knowledge/types.js';
import { createRng, zipfPicker, type Rng } from './prng.js';

export interface SyntheticOptions {
  documents: number;
  passagesPerDocument: number;
  seed: number;
}

/** Finnish case endings, so that the synthetic text inflects as members' questions and the documents do. */
const ENDINGS = ['', '', '', 'n', 'ssa', 'sta', 'lle', 'lla', 'ksi', 't', 'ja', 'en', 'ssä', 'stä', 'llä', 'a'];
const SAMPLE_FACTS = ['10.5.2024', '20 %', '40 %', '7 %', '2 miljoonaa euroa', '1.3.–10.5.2024', 'S22786', 'puh. 050 501 2724', 'info@example.fi'];

/**
 * Real words of the bundled documents, most frequent first: the start of the synthetic vocabulary.
 * Only words of letters (and inner dashes) count; numbers and addresses come from SAMPLE_FACTS.
 */
export function realWords(kb: KnowledgeBase): string[] {
  const counts = new Map<string, number>();
  for (const doc of kb.documents) {
    for (const p of doc.passages) {
      for (const raw of `${p.headings.join(' ')} ${passageText(p)}`.split(/[\s,.;:!?()"“”]+/u)) {
        const w = raw.toLocaleLowerCase('fi');
        if (/^\p{L}[\p{L}-]*\p{L}$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/**
 * The vocabulary: the real words first (frequent), then random compounds of them with case endings
 * (rare), as Finnish text has a long tail of compounds.
 */
export function syntheticVocabulary(seedWords: readonly string[], rng: Rng, compounds: number): string[] {
  const long = seedWords.filter((w) => w.length >= 5 && !w.includes('-'));
  const out = new Set(seedWords);
  let guard = 0;
  while (out.size < seedWords.length + compounds && guard < compounds * 20) {
    guard += 1;
    const a = rng.pick(long);
    const b = rng.pick(long);
    const head = a.slice(0, rng.int(4, a.length));
    out.add(`${head}${b}${rng.pick(ENDINGS)}`);
  }
  return [...out];
}

function sentence(word: () => string, rng: Rng, min: number, max: number): string {
  const words = Array.from({ length: rng.int(min, max) }, word);
  if (rng.next() < 0.15) words.splice(rng.int(0, words.length), 0, rng.pick(SAMPLE_FACTS));
  const text = words.join(' ');
  return `${text.charAt(0).toLocaleUpperCase('fi')}${text.slice(1)}.`;
}

/** One document as Markdown with front matter: headings, paragraphs and lists of 40–80 words each. */
function documentFile(i: number, options: SyntheticOptions, word: () => string, rng: Rng): SourceFile {
  const id = `synth-${String(i).padStart(4, '0')}`;
  const region = rng.pick(REGIONS);
  const year = rng.int(2021, 2026);
  const title = sentence(word, rng, 4, 8).slice(0, -1);
  const lines: string[] = [
    '---',
    `id: ${id}`,
    `title: ${JSON.stringify(title)}`,
    `type: ${rng.pick(['call_announcement', 'press_release', 'project_description', 'presentation', 'faq'] as const)}`,
    'publisher: Synteettinen julkaisija',
    `regions: [${region}]`,
    `date: "${year}"`,
  ];
  if (rng.next() < 0.3) {
    lines.push('calls:', `  - name: Hankehaku ${i}/${year}`, `    region: ${region}`, `    opens: "${year}-03-01"`, `    closes: "${year}-05-10"`, `    quote: Hakuaika 1.3.–10.5.${year}`);
  }
  lines.push('---', '', `# ${title}`, '');
  for (let p = 0; p < options.passagesPerDocument; p += 1) {
    const depth = p > 0 && rng.next() < 0.3 ? 3 : 2;
    lines.push(`${'#'.repeat(depth)} ${sentence(word, rng, 2, 5).slice(0, -1)}`, '');
    const target = rng.int(40, 80);
    if (rng.next() < 0.35) {
      // An introduced list: stays with its heading and intro as one passage.
      const items = rng.int(3, 7);
      lines.push(`${sentence(word, rng, 4, 8).slice(0, -1)}:`, '');
      for (let k = 0; k < items; k += 1) lines.push(`- ${sentence(word, rng, Math.max(3, Math.floor(target / items) - 3), Math.floor(target / items) + 3)}`);
    } else {
      const parts: string[] = [];
      let count = 0;
      while (count < target) {
        const s = sentence(word, rng, 6, 14);
        parts.push(s);
        count += s.split(' ').length;
      }
      lines.push(parts.join(' '));
    }
    lines.push('');
  }
  return { path: `docs/${id}.md`, text: lines.join('\n') };
}

export interface SyntheticKnowledgeBase {
  kb: KnowledgeBase;
  files: SourceFile[];
  vocabulary: string[];
}

/**
 * A knowledge base of `documents × passagesPerDocument` passages in Finnish-like text, parsed by
 * the real parser (so its passages are what production would index), with the real glossary.
 */
export function syntheticKnowledgeBase(real: KnowledgeBase, glossary: readonly GlossaryEntry[], options: SyntheticOptions): SyntheticKnowledgeBase {
  const rng = createRng(options.seed);
  const vocabulary = syntheticVocabulary(realWords(real), rng, 20_000);
  const word = zipfPicker(vocabulary, rng, 0.9);
  const files = Array.from({ length: options.documents }, (_, i) => documentFile(i + 1, options, word, rng));
  const parsed = parseKnowledge(files);
  if (!parsed.ok) throw new Error(`synthetic knowledge base does not parse: ${parsed.errors.slice(0, 3).map((e) => `${e.file}:${e.line ?? ''} ${e.message}`).join('; ')}`);
  return { kb: { documents: parsed.kb.documents, glossary: [...glossary] }, files, vocabulary };
}
