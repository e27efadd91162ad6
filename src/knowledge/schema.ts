import { z } from 'zod';

/** The three regions served. Written as in the documents. */
export const REGIONS = ['Etelä-Savo', 'Pohjois-Karjala', 'Pohjois-Savo'] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

export const DOCUMENT_TYPES = [
  'call_announcement',
  'press_release',
  'project_description',
  'presentation',
  'faq',
] as const;
export const documentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof documentTypeSchema>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is written YYYY-MM-DD and that day exists in the calendar. */
export function isRealDay(s: string): boolean {
  if (!isoDay.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A calendar day, YYYY-MM-DD, that really exists (2024-02-30 is rejected). A value that is not
 * written YYYY-MM-DD at all gets only the format error, not also "not a real calendar date".
 */
export const isoDateSchema = z
  .string()
  .regex(isoDay, 'must be a date written as YYYY-MM-DD')
  .refine((s) => !isoDay.test(s) || isRealDay(s), 'is not a real calendar date');

/**
 * A document's date with the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.
 * Slides often carry only a year; we never invent a day.
 */
export const documentDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    if (s.length === 10) return !isoDay.test(s) || isRealDay(s);
    if (s.length === 7) return !/^\d{4}-\d{2}$/.test(s) || isRealDay(`${s}-01`);
    return true;
  }, 'is not a real calendar date');

/**
 * `later` is not before `earlier`. Only real days are compared: a day that does not exist already
 * has its own error, and comparing it as text would add a second, misleading one.
 */
function notBefore(earlier: string, later: string | undefined): boolean {
  return later === undefined || !isRealDay(earlier) || !isRealDay(later) || later >= earlier;
}

export const callPeriodSchema = z
  .object({
    /** Human name of the call, e.g. "Hankehaku 2/2024". */
    name: z.string().min(1),
    region: regionSchema,
    /** First day applications are accepted. */
    opens: isoDateSchema,
    /** Last day applications are accepted; omitted when the source does not say. */
    closes: isoDateSchema.optional(),
    /** The sentence in the document that states the period, quoted exactly. */
    quote: z.string().min(1),
  })
  .strict()
  .refine((c) => notBefore(c.opens, c.closes), {
    message: 'closes is before opens',
    path: ['closes'],
  });
export type CallPeriod = z.infer<typeof callPeriodSchema>;

/** The operating period of a coordination project the document describes (not a call). */
export const projectPeriodSchema = z
  .object({
    /** The project's name as members say it, e.g. "Koonto-hanke". */
    name: z.string().min(1),
    starts: isoDateSchema,
    ends: isoDateSchema,
    /** The line of the document that states the period, quoted exactly. */
    quote: z.string().min(1),
  })
  .strict()
  .refine((p) => notBefore(p.starts, p.ends), { message: 'ends is before starts', path: ['ends'] });
export type ProjectPeriod = z.infer<typeof projectPeriodSchema>;

export const frontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
    title: z.string().min(1),
    type: documentTypeSchema,
    publisher: z.string().min(1),
    regions: z.array(regionSchema).min(1),
    /** Where the document can be read (URL), when known. */
    source: z.string().url().optional(),
    /** The seed file this document was cleaned from, if any. */
    seed: z.string().optional(),
    date: documentDateSchema,
    calls: z.array(callPeriodSchema).default([]),
    /** For documents about a coordination project: when it runs. */
    project: projectPeriodSchema.optional(),
    /** After this day the content is out of date; answers say so. */
    valid_until: isoDateSchema.optional(),
    /** For a `faq` entry drawn from an adviser's answer: the forwarded question's number (HA-4F7K). */
    ticket: z.string().regex(/^HA-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/, 'must be a ticket number like HA-4F7K').optional(),
    /** Language of the document body. */
    lang: z.enum(['fi', 'en']).default('fi'),
  })
  .strict();
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A glossary entry: everyday words and English terms that mean the official term. */
export const glossaryEntrySchema = z
  .object({
    /** The official word or phrase as the documents use it. */
    term: z.string().min(1),
    /** Finnish everyday words, abbreviations and spellings members use for the term. */
    synonyms: z.array(z.string().min(1)).default([]),
    /** English words and phrases for the term. */
    en: z.array(z.string().min(1)).default([]),
    /** Optional explanation for abbreviations (ESR+, KAKE...). */
    note: z.string().optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.object({ entries: z.array(glossaryEntrySchema).min(1) }).strict();
export type Glossary = z.infer<typeof glossarySchema>;
