import type { Region } from '../knowledge/schema.js';

/**
 * Place names that tell which region a question is about. The coordination projects' names and
 * the municipalities listed in the documents point to their region too, in their gradated forms as well
 * ("Juuassa", "Outokummussa", "Heinävedellä"). "e-savon", "p-savossa",
 * "p-karjalan" are written with the first letter ("pk" alone is Pohjois-Karjala, below).
 */
const REGION_WORDS: { region: Region; pairs: [string[], string][]; joined: string[]; projects: string[]; singles: string[] }[] = [
  {
    region: 'Etelä-Savo',
    pairs: [[['etelä', 'e', 'south', 'southern'], 'savo']],
    joined: ['eteläsavo', 'southsavo'],
    projects: [],
    singles: ['mikkeli', 'savonlinna', 'pieksämä', 'juva', 'kangasniem', 'mäntyharj', 'pertunmaa', 'hirvensalm', 'puumala', 'rantasalm', 'sulkava', 'enonkosk'],
  },
  {
    region: 'Pohjois-Karjala',
    pairs: [[['pohjois', 'p', 'north', 'northern'], 'karjal'], [['north', 'northern'], 'karelia']],
    joined: ['pohjoiskarjal', 'northkarelia'],
    projects: ['kanto', 'kanno', 'pksotu'],
    singles: ['joensuu', 'outokumpu', 'outokumm', 'nurmes', 'nurmekse', 'lieksa', 'rääkkylä', 'kontiolah', 'liperi', 'polvijärv', 'tohmajärv', 'juuka', 'juua', 'kitee', 'kiteel', 'ilomantsi', 'heinäves', 'heinäved'],
  },
  {
    region: 'Pohjois-Savo',
    pairs: [[['pohjois', 'p', 'north', 'northern'], 'savo']],
    joined: ['pohjoissavo', 'northsavo'],
    projects: ['koonto', 'koonno', 'pssotu'],
    singles: ['kuopio', 'siilinjärv', 'lapinlah', 'iisalm', 'vieremä', 'kiuruves', 'kiuruved', 'pielaves', 'pielaved', 'keitele', 'vesanto', 'vesannol', 'tervo', 'rautalamp', 'rautalamm', 'suonenjo', 'leppävir', 'varkau', 'jorois', 'joroinen', 'tuusniem', 'kaavi', 'rautavaara', 'sonkajärv'],
  },
];

/** Regions outside our three: a question about them is not ours to answer. */
const OTHER_REGIONS = [
  'lappi', 'lapi', 'lapland', 'uusimaa', 'uudellamaa', 'uudenmaa', 'uusimaa', 'kainuu', 'kainuus', 'pirkanmaa', 'satakun', 'kymenlaakso',
  'ahvenanmaa', 'pohjanmaa', 'pohjanmaal', 'helsinki', 'helsing', 'tampere', 'turku', 'turussa', 'oulu', 'vantaa', 'espoo', 'jyväskylä', 'rovaniemi', 'lahti', 'lahdessa',
];
const OTHER_PAIRS: [string, string][] = [
  ['keski', 'suomi'], ['keski', 'suome'], ['varsinais', 'suom'], ['kanta', 'häme'], ['päijät', 'häme'], ['etelä', 'karjal'], ['etelä', 'pohjanmaa'], ['pohjois', 'pohjanmaa'],
];

const EAST_FINLAND: [string[], string[]] = [['itä', 'east', 'eastern'], ['suom', 'finland']];

export interface PlaceMentions {
  regions: Region[];
  /** Words of the question that named a region (left out of the search; document metadata stands for them). */
  words: Set<string>;
  /** Those and the municipality and project names, which stay searchable. */
  names: Set<string>;
  /** The municipality names among them ("lapinlahdelta"). */
  municipalities: Set<string>;
  /** A region outside the three was named. */
  otherRegion: boolean;
  /** The words that named it ("lappiin", or "keski" and "suomea"). */
  otherWords: Set<string>;
}

/** Whether a word starts as a place name this module knows does ("etelä…", "pieksämä…", "itä…"): for reading "etela", "ita". */
export function startsLikePlace(word: string): boolean {
  return PLACE_STARTS.some((p) => word.startsWith(p));
}

/** The written starts of the place words above that have "ä" or "ö" (so that a word typed without them can be read with them). */
const PLACE_STARTS = [
  ...new Set(
    [
      ...REGION_WORDS.flatMap((r) => [...r.pairs.flatMap(([firsts, second]) => [...firsts, second]), ...r.joined, ...r.singles]),
      ...OTHER_REGIONS,
      ...OTHER_PAIRS.flat(),
      ...EAST_FINLAND.flat(),
    ].filter((w) => /[äö]/u.test(w) && w.length >= 3),
  ),
];

/** The words findPlaces compares whole: a pair's first words, "pk", the first words of "Itä-Suomi" and of other regions' pairs. */
const WHOLE_PLACE_WORDS: ReadonlySet<string> = new Set([...REGION_WORDS.flatMap((r) => r.pairs.flatMap(([firsts]) => firsts)), 'pk', ...EAST_FINLAND[0], ...OTHER_PAIRS.map(([a]) => a)]);
/** The starts findPlaces looks for in a word (each at least PLACE_HEAD letters long). */
const PLACE_PREFIXES: readonly string[] = [...REGION_WORDS.flatMap((r) => [...r.joined, ...r.projects, ...r.singles]), ...OTHER_REGIONS];
const PLACE_HEAD = Math.min(...PLACE_PREFIXES.map((p) => p.length));
/** The first PLACE_HEAD letters of every start. */
const PLACE_HEADS: ReadonlySet<string> = new Set(PLACE_PREFIXES.map((p) => p.slice(0, PLACE_HEAD)));

/**
 * Whether findPlaces can find anything in the word: it is one of the words compared whole, or begins as a place's
 * start does. Most words of a passage do neither, and need not be compared with every place of every region.
 */
function mayBePlaceWord(word: string): boolean {
  return WHOLE_PLACE_WORDS.has(word) || PLACE_HEADS.has(word.slice(0, PLACE_HEAD));
}

/** Finds the regions a question names, from lower-case words in order. */
export function findPlaces(words: readonly string[]): PlaceMentions {
  const regions = new Set<Region>();
  const used = new Set<string>();
  const names = new Set<string>();
  const municipalities = new Set<string>();
  let otherRegion = false;
  const otherWords = new Set<string>();
  words.forEach((w, i) => {
    if (!mayBePlaceWord(w)) return;
    const next = words[i + 1] ?? '';
    for (const r of REGION_WORDS) {
      for (const [firsts, second] of r.pairs) {
        if (firsts.includes(w) && next.startsWith(second)) {
          regions.add(r.region);
          used.add(w).add(next);
        }
      }
      if (r.joined.some((s) => w.startsWith(s))) {
        regions.add(r.region);
        used.add(w);
      } else {
        const project = r.projects.some((s) => w.startsWith(s));
        if (project || r.singles.some((s) => w.startsWith(s))) {
          // Project and municipality names point to the region but stay searchable (example projects, contacts).
          regions.add(r.region);
          names.add(w);
          if (!project) municipalities.add(w);
        }
      }
    }
    if (w === 'pk') {
      regions.add('Pohjois-Karjala');
      used.add(w);
    }
    // "Itä-Suomi", "Eastern Finland": all three regions, so it narrows nothing, but it names a place.
    if (EAST_FINLAND[0].includes(w) && EAST_FINLAND[1].some((s) => next.startsWith(s))) names.add(w).add(next);
    for (const [a, b] of OTHER_PAIRS) {
      if (w === a && next.startsWith(b)) {
        otherRegion = true;
        otherWords.add(w).add(next);
      }
    }
    if (!used.has(w) && OTHER_REGIONS.some((o) => w.startsWith(o)) && !(w === 'lapinlahti' || w.startsWith('lapinlah'))) {
      otherRegion = true;
      otherWords.add(w);
    }
  });
  for (const w of used) names.add(w);
  return { regions: [...regions], words: used, names, municipalities, otherRegion, otherWords };
}

const WE_ARE = /^(ollaan|olemme|oomme|ollaa|we're|were|are)$/u;
const FROM_CASE = /\p{L}{3,}(sta|stä|lta|ltä)$/u;

/**
 * "Me ollaan kajaanista eli kainuusta": the words naming where the asker is from, known places or
 * not (the place after "ollaan", and one it is glossed with by "eli").
 */
export function whereFrom(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!WE_ARE.test(words[i - 1] ?? '') || !FROM_CASE.test(w)) return;
    out.push(w);
    if (words[i + 1] === 'eli' && FROM_CASE.test(words[i + 2] ?? '')) out.push(words[i + 2] ?? '');
  });
  return out;
}
