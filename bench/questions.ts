import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { evalFileSchema } from '../src/eval/cases.js';
import { DEFAULT_EVAL_TODAY } from '../src/eval/evaluate.js';
import { REGIONS } from '../src/knowledge/schema.js';
import type { KnowledgeBase } from '../src/knowledge/types.js';
import { passageText } from '../src/knowledge/types.js';
import { createRng, type Rng } from './prng.js';

export interface BenchQuestion {
  q: string;
  today: string;
}

/** The evaluation questions, as members wrote them. */
export async function evalQuestions(file: string): Promise<BenchQuestion[]> {
  const cases = evalFileSchema.parse(parseYaml(await readFile(file, 'utf8')) as unknown);
  return cases.map((c) => ({ q: c.q, today: c.today ?? DEFAULT_EVAL_TODAY }));
}

const TEMPLATES_FI = [
  (a: string, b: string) => `Mikä on ${a} ${b}?`,
  (a: string, b: string) => `Paljonko ${a} tarvitaan ${b}?`,
  (a: string, b: string) => `Voiko yhdistys hakea rahaa ${a} ja ${b}?`,
  (a: string) => `Kerro ${a}`,
  (a: string, b: string, c: string) => `Miten ${a} liittyy ${b} ja ${c}?`,
  (a: string, b: string) => `saako ${a}:n ${b}`,
  (a: string, b: string) => `Onko ${a} mahdollista ${b} Pohjois-Savossa?`,
] as const;
const TEMPLATES_EN = [(a: string) => `What is ${a}?`, (a: string, b: string) => `How much ${a} is needed for ${b}?`] as const;
const TIMING = [
  (r: string) => `Onko haku nyt auki ${r}?`,
  () => 'Milloin seuraava haku alkaa?',
  () => 'When does the call close?',
] as const;
const REGION_PHRASES: Record<(typeof REGIONS)[number], string> = {
  'Etelä-Savo': 'Etelä-Savossa',
  'Pohjois-Karjala': 'Pohjois-Karjalassa',
  'Pohjois-Savo': 'Pohjois-Savossa',
};

/** A member's typing: a swapped pair of letters, a dropped ending, or a case ending of their own. */
function mistype(word: string, rng: Rng): string {
  const r = rng.next();
  if (word.length >= 6 && r < 0.15) {
    const i = rng.int(2, word.length - 3);
    return `${word.slice(0, i)}${word[i + 1] ?? ''}${word[i] ?? ''}${word.slice(i + 2)}`;
  }
  if (word.length >= 7 && r < 0.3) return word.slice(0, -2);
  if (r < 0.4) return `${word}ssa`;
  return word;
}

/**
 * Questions drawn from the knowledge base's own passages (two or three of a passage's longer words
 * in a Finnish or English frame, sometimes mistyped), plus call-timing and out-of-scope questions.
 */
export function generatedQuestions(kb: KnowledgeBase, count: number, seed: number, today: string): BenchQuestion[] {
  const rng = createRng(seed);
  const passages = kb.documents.flatMap((d) => d.passages);
  const out: BenchQuestion[] = [];
  while (out.length < count) {
    const r = rng.next();
    if (r < 0.08) {
      out.push({ q: rng.pick(TIMING)(REGION_PHRASES[rng.pick(REGIONS)]), today });
      continue;
    }
    const words = passageText(rng.pick(passages))
      .split(/[\s,.;:!?()•–]+/u)
      .filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w))
      .map((w) => w.toLocaleLowerCase('fi'));
    if (words.length < 3) continue;
    const [a, b, c] = [mistype(rng.pick(words), rng), mistype(rng.pick(words), rng), rng.pick(words)];
    if (r < 0.15) out.push({ q: rng.pick(TEMPLATES_EN)(a, b), today });
    else if (r < 0.2) out.push({ q: `Mikä on Lapin ${a}?`, today });
    else out.push({ q: rng.pick(TEMPLATES_FI)(a, b, c), today });
  }
  return out;
}
