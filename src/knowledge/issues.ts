import { ZodArray, ZodDefault, ZodEffects, ZodObject, ZodOptional, type ZodIssue, type ZodTypeAny } from 'zod';
import type { KnowledgeIssue } from './types.js';
import { locateInYaml, type YamlPath } from './yaml.js';

/** The YAML a zod error is about, and where it sits in its file. */
export interface YamlSource {
  /** Path of the file in the knowledge folder. */
  file: string;
  /** The YAML text (the front matter, or the whole glossary). */
  yaml: string;
  /** File line of the YAML's first line. */
  firstLine: number;
  /** The parsed YAML, to quote the value that was rejected. */
  data: unknown;
  /** The schema it was checked against, to list the allowed fields. */
  schema: ZodTypeAny;
  /** Line for a missing top-level field (front matter: its closing "---"). */
  missingLine: number;
}

/**
 * zod's issues as issues a coordinator can act on: each names the field (`calls[0].opens`), the
 * file line it is on (or, for a missing field, where it belongs) and says in plain words what is
 * wrong. An unknown key becomes one issue per key, at that key's own line.
 */
export function zodIssuesToKnowledge(source: YamlSource, issues: readonly ZodIssue[]): KnowledgeIssue[] {
  return issues.flatMap((zi) => {
    if (zi.code === 'unrecognized_keys') {
      const allowed = fieldsAt(source.schema, zi.path);
      return zi.keys.map((key) => issueAt(source, [...zi.path, key], unknownFieldMessage(key, allowed)));
    }
    return [issueAt(source, zi.path, plainMessage(zi, valueAt(source.data, zi.path)))];
  });
}

function issueAt(source: YamlSource, path: YamlPath, message: string): KnowledgeIssue {
  const found = locateInYaml(source.yaml, source.firstLine, path);
  const line = found.exact || path.length > 1 ? found.line : source.missingLine;
  const field = fieldName(path);
  return { file: source.file, line, ...(field === '' ? {} : { field }), message, severity: 'error' };
}

/** `calls[0].quote` from ['calls', 0, 'quote']. */
export function fieldName(path: YamlPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function plainMessage(zi: ZodIssue, value: unknown): string {
  const last = zi.path[zi.path.length - 1];
  const key = typeof last === 'string' ? last : undefined;
  switch (zi.code) {
    case 'invalid_type':
      if (zi.received === 'undefined') {
        return key === undefined ? 'a required value is missing' : `the required field "${key}" is missing; add a line "${key}: ..."`;
      }
      if (zi.received === 'null') return 'is empty; write a value after the colon, or remove the line if the field is optional';
      if (zi.expected === 'string' && (zi.received === 'number' || zi.received === 'boolean')) {
        return `is read as a ${zi.received} (${String(value)}), not as text (a string); put it in quotes: "${String(value)}"`;
      }
      if (zi.expected === 'array') return `must be a list, written [a, b] or as lines starting with "- "`;
      if (zi.expected === 'object') return 'must be a group of fields, written on the indented lines below it';
      if (zi.received === 'array') return 'must be a single value, not a list';
      if (zi.received === 'object') return 'must be a single value, not a group of fields';
      return zi.message;
    case 'invalid_enum_value':
      return `"${String(zi.received)}" is not allowed here; write one of: ${zi.options.map(String).join(', ')}`;
    case 'invalid_string':
      if (zi.validation === 'url') return `must be a web address (URL) starting with https://, not "${String(value)}"`;
      return zi.message;
    case 'too_small':
      if (zi.type === 'array') return zi.minimum === 1 ? 'must list at least one value' : `must list at least ${String(zi.minimum)} values`;
      if (zi.type === 'string') return 'must not be empty';
      return zi.message;
    default:
      return zi.message;
  }
}

function unknownFieldMessage(key: string, allowed: readonly string[]): string {
  const guess = closest(key, allowed);
  const advice = guess === undefined ? 'check the spelling, or remove the line.' : `did you mean "${guess}"?`;
  const list = allowed.length === 0 ? '' : ` Allowed fields here: ${allowed.join(', ')}.`;
  return `unknown field "${key}": ${advice}${list}`;
}

/** The allowed field that a misspelling most likely meant: same letters up to case, or two edits away. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of allowed) {
    const d = editDistance(k, name.toLowerCase());
    if (d <= Math.min(2, Math.floor(name.length / 2)) && (best === undefined || d < best.distance)) best = { name, distance: d };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The field names an object schema allows at `path` (through lists, optionals, defaults and refinements). */
function fieldsAt(schema: ZodTypeAny, path: YamlPath): string[] {
  let s: ZodTypeAny | undefined = schema;
  for (const segment of path) {
    s = unwrap(s);
    if (s instanceof ZodObject && typeof segment === 'string') s = (s.shape as Record<string, ZodTypeAny | undefined>)[segment];
    else if (s instanceof ZodArray && typeof segment === 'number') s = (s as ZodArray<ZodTypeAny>).element;
    else return [];
    if (s === undefined) return [];
  }
  s = unwrap(s);
  return s instanceof ZodObject ? Object.keys(s.shape as Record<string, unknown>) : [];
}

function unwrap(schema: ZodTypeAny): ZodTypeAny {
  let s = schema;
  for (;;) {
    if (s instanceof ZodEffects) s = (s as ZodEffects<ZodTypeAny>).innerType();
    else if (s instanceof ZodOptional) s = (s as ZodOptional<ZodTypeAny>).unwrap();
    else if (s instanceof ZodDefault) s = (s as ZodDefault<ZodTypeAny>).removeDefault();
    else return s;
  }
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const segment of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[segment];
  }
  return v;
}
