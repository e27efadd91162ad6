import Ajv04 from 'ajv-draft-04';
import type { ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { TeamsAppError } from './errors.js';
import { isJsonObject, mapJsonStrings, type JsonObject } from './json.js';

/** `${{NAME}}`, the placeholder syntax shared with Teams Toolkit templates. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$/;

const guid = z.string().regex(GUID, 'must be a GUID like 00000000-0000-0000-0000-000000000000');
const httpsUrl = z
  .string()
  .url('must be a URL')
  .refine((text) => text.startsWith('https://'), 'must be an https:// URL');
const hostName = z
  .string()
  .regex(/^(?=.{1,253}$)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d{1,5})?$/, 'must be a host name without scheme or path');
const plainText = z
  .string()
  .min(1, 'must not be empty')
  .max(4000, 'must be at most 4000 characters')
  .regex(/^[^\u0000-\u001f]*$/, 'must not contain control characters');

/**
 * Rules for the placeholder values we know. Any other placeholder only has to
 * be non-empty plain text.
 */
const valueRules: Readonly<Record<string, z.ZodType<string>>> = {
  BOT_ID: guid,
  TEAMS_APP_ID: guid,
  APP_VERSION: z.string().regex(SEMVER, 'must be a version like 1.2.3'),
  BOT_DOMAIN: hostName,
  APP_WEBSITE_URL: httpsUrl,
  APP_PRIVACY_URL: httpsUrl,
  APP_TERMS_URL: httpsUrl,
};

export type ManifestValues = Readonly<Record<string, string | undefined>>;

function checkValues(values: ManifestValues, used: ReadonlySet<string>): void {
  const problems = new Map<string, string>();
  for (const name of used) {
    const value = values[name];
    if (value === undefined || value === '') problems.set(name, `${name}: no value given for placeholder \${{${name}}}`);
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || problems.has(name)) continue;
    const parsed = (valueRules[name] ?? plainText).safeParse(value);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
      problems.set(name, `${name}: ${reason} (got ${JSON.stringify(value)})`);
    }
  }
  if (problems.size > 0) {
    const names = [...problems.keys()].sort();
    throw new TeamsAppError(
      'values-invalid',
      `Invalid or missing manifest values: ${names.join(', ')}`,
      names.map((name) => problems.get(name) ?? name),
      names,
    );
  }
}

/**
 * Fills a manifest template: every `${{NAME}}` inside a JSON string is replaced
 * by `values[NAME]`. Replacement happens on parsed strings, so a value can never
 * break the JSON. Throws `TeamsAppError` with code `template-invalid` when the
 * template is not a JSON object or leaves a `${{` behind, and `values-invalid`
 * (naming each placeholder) when a used value is missing or any known value is
 * malformed. Pure: no I/O.
 */
export function fillManifest(templateText: string, values: ManifestValues): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(templateText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TeamsAppError('template-invalid', `Manifest template is not valid JSON: ${reason}`);
  }

  const used = new Set<string>();
  mapJsonStrings(parsed, (text) => {
    for (const match of text.matchAll(PLACEHOLDER)) if (match[1] !== undefined) used.add(match[1]);
    return text;
  });
  checkValues(values, used);

  const filled = mapJsonStrings(parsed, (text) => text.replace(PLACEHOLDER, (_, name: string) => values[name] ?? ''));
  if (filled === undefined || !isJsonObject(filled)) {
    throw new TeamsAppError('template-invalid', 'Manifest template must be a JSON object');
  }
  const leftovers = [...new Set(JSON.stringify(filled).match(/\$\{\{[^}]*\}\}?/g) ?? [])];
  if (leftovers.length > 0) {
    throw new TeamsAppError('template-invalid', 'Manifest template has placeholders that cannot be filled', leftovers);
  }
  return filled;
}

/** A JSON schema as loaded from @microsoft/app-manifest (draft-04). */
export type ManifestSchema = Readonly<Record<string, unknown>>;

export type SchemaCheck = { ok: true } | { ok: false; errors: string[] };

function describe(error: ErrorObject): string {
  const path = error.instancePath === '' ? '(root)' : error.instancePath;
  const param = (key: string): unknown => error.params[key];
  const extra = param('additionalProperty');
  if (typeof extra === 'string') return `${path}: unknown property "${extra}"`;
  const allowed = param('allowedValues') ?? param('allowedValue');
  const suffix = allowed === undefined ? '' : ` (allowed: ${JSON.stringify(allowed)})`;
  return `${path}: ${error.message ?? error.keyword}${suffix}`;
}

/**
 * Validates a manifest against the official Teams schema, offline. The
 * schemas in @microsoft/app-manifest are JSON Schema draft-04, hence the
 * draft-04 Ajv class (the same one the package itself uses). Errors read
 * "<JSON pointer>: <message>".
 */
export function validateManifest(manifest: unknown, schema: ManifestSchema): SchemaCheck {
  const ajv = new Ajv04.default({ allErrors: true, strictTypes: false, strictTuples: false });
  addFormats.default(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return { ok: true };
  const errors = [...new Set((validate.errors ?? []).map(describe))];
  return { ok: false, errors: errors.length > 0 ? errors : ['(root): does not match the schema'] };
}
