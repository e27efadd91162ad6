import { withSubItems, type Passage } from '../knowledge/types.js';
import { passageLines } from './excerpt.js';
import { terms } from '../search/index.js';

/** "toteutunut", "oikeesti", "actually": what came true (also a table's column: "Toteutunut seurantatietojen mukaan"). */
const REALISED_WORDS = /^(toteutu\p{L}*|toteutune\p{L}*|toteutui|oikeasti|oikeesti|todellisuudessa|actually|actual|realised|realized)$/u;

/** "Montako ihmistä KANTOon lopulta osallistui?", "How many actually took part?": asks what came true, not what was planned. */
export function asksOutcome(words: readonly string[]): boolean {
  return asksFinalResult(words) || words.some((w) => REALISED_WORDS.test(w));
}

/** "lopulta", "tapahtuiko" (did it happen), "in the end": asks what finally came of something. */
const IN_THE_END = /^(lopulta|lopuksi|tapahtuiko|tapahtuiks|eventually)$/;

/** "Saatiinko Kuopioon lopulta pysyvä tila?", "Did they eventually…?": asks what finally came of something. */
export function asksFinalResult(words: readonly string[]): boolean {
  return words.some((w, i) => IN_THE_END.test(w) || (w === 'end' && words[i - 1] === 'the' && words[i - 2] === 'in'));
}

/** How much of the question (by `weights`, each index term once) a line has. */
function weightOf(line: string, weights: ReadonlyMap<string, number>): number {
  return [...new Set(terms(line))].reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
}

const PLANNED = /^[\s–-]*(suunniteltu|arvio|tavoite|planned|estimated?)\b/iu;
const REALISED = /^[\s–-]*(toteutu\p{L}*|actual|realised|realized)\b/iu;

/**
 * For a passage that lists planned and realised figures item by item (a EURA description's monitoring
 * data: "7.2 Osallistuvien henkilöiden lukumäärä / Suunniteltu: 50"), whether the item the question is
 * about (the one whose own line has most of its weight) gives a realised figure. Undefined when the
 * passage has no such list, or no item is about the question.
 */
export function outcomeStated(passage: Passage, weights: ReadonlyMap<string, number>): boolean | undefined {
  let best: { score: number; realised: boolean } | undefined;
  for (const block of passage.blocks) {
    if (block.kind !== 'list') continue;
    for (const { parent, subs } of withSubItems(block.items, (item) => item.startsWith(' '))) {
      if (!subs.some((s) => PLANNED.test(s) || REALISED.test(s))) continue;
      // (Its figures count too, not its other words: "kantoon suunniteltiin 50 osallistujaa" is about the item planned at 50, not the one of companies.)
      const score = weightOf([parent, ...subs.flatMap((sub) => sub.match(/\d[\d\s.,]*/gu) ?? [])].join(' '), weights);
      const realised = subs.some((s) => REALISED.test(s));
      if (score > (best?.score ?? 0)) best = { score, realised };
      // Two items about the question alike ("Osallistuvien yritysten…", "Osallistuvien henkilöiden…" for "kuinka moni osallistui"):
      // a realised figure is stated only if both give one.
      else if (best !== undefined && score === best.score) best = { score, realised: best.realised && realised };
    }
  }
  return best?.realised;
}

/** An aim, not a result: "pyrkii vastaavan tilan perustamiseen", "tavoitteena oli". */
const AIM = /(?<!\p{L})(pyrki\p{L}*|pyrkii|tavoit\p{L}*|tarkoitukse\p{L}*|aikoo|aiotaan|suunnittel\p{L}*|aims?|aimed|intends?|plans?)(?!\p{L})/iu;

/**
 * "Saatiinko Kuopioon lopulta pysyvä tila?": whether the passage's sentence that has most of the
 * question (by `weights`) tells only what was aimed at ("…kansalaisliikehdintää, joka pyrkii vastaavan
 * tilan perustamiseen"), not what came of it.
 */
export function statesOnlyAim(passage: Passage, weights: ReadonlyMap<string, number>): boolean {
  let best = { score: 0, aim: false };
  for (const line of passageLines(passage)) {
    const score = weightOf(line, weights);
    if (score > best.score) best = { score, aim: AIM.test(line) };
  }
  return best.aim;
}
