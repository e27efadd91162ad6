import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { TeamsAppError } from './errors.js';
import type { JsonObject } from './json.js';
import type { ManifestSchema } from './manifest.js';

const manifestVersion = z.string().regex(/^(?:\d+\.\d+|devPreview)$/, 'must look like "1.30"');

/**
 * Path of the official Teams manifest schema for `version` (e.g. "1.30") inside
 * the installed @microsoft/app-manifest package, which ships every version's
 * schema under build/json-schemas/teams/v<version>/.
 */
export function manifestSchemaPath(version: string): string {
  const checked = manifestVersion.safeParse(version);
  if (!checked.success) {
    throw new TeamsAppError('schema-unavailable', `Unsupported manifestVersion ${JSON.stringify(version)}: must look like "1.30"`);
  }
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  return join(dirname(packageJson), 'build', 'json-schemas', 'teams', `v${checked.data}`, 'MicrosoftTeams.schema.json');
}

/** The manifest's `manifestVersion`, which picks the schema to validate against. */
export function manifestVersionOf(manifest: JsonObject): string {
  const version = manifest['manifestVersion'];
  if (typeof version !== 'string') {
    throw new TeamsAppError('manifest-invalid', 'Manifest has no manifestVersion string', ['(root): manifestVersion is required']);
  }
  return version;
}

/** Reads the official schema for `version` from disk; never touches the network. */
export async function loadManifestSchema(version: string): Promise<ManifestSchema> {
  const path = manifestSchemaPath(version);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new TeamsAppError(
      'schema-unavailable',
      `No offline schema for manifestVersion ${version} in @microsoft/app-manifest (looked for ${path})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = z.record(z.unknown()).safeParse(json);
  if (!parsed.success) throw new TeamsAppError('schema-unavailable', `Schema file is not a JSON object: ${path}`);
  return parsed.data;
}
