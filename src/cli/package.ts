/**
 * `npm run package [-- --out <file.zip>]`: builds the Teams app package
 * (manifest.json + color.png + outline.png) from manifest/ and environment
 * variables; see manifest/README.md. Prints one line naming the zip on
 * success; on error prints the reason to stderr and exits with code 1.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildAppPackage, PACKAGE_FILES } from '../teamsapp/appPackage.js';
import { packageValuesFromEnv } from '../teamsapp/env.js';
import { TeamsAppError } from '../teamsapp/errors.js';
import { fillManifest } from '../teamsapp/manifest.js';
import { loadManifestSchema, manifestVersionOf } from '../teamsapp/schema.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const manifestDir = resolve(repoRoot, 'manifest');
const DEFAULT_OUT = resolve(repoRoot, 'dist', 'hankeapu-teams-app.zip');

const cliArgs = z.object({
  out: z
    .string()
    .min(1)
    .refine((path) => path.endsWith('.zip'), '--out must name a .zip file')
    .optional(),
});

const packageJson = z.object({ version: z.string() });

class UsageError extends Error {
  override readonly name = 'UsageError';
}

function parseCli(argv: readonly string[]): { out: string } {
  let raw: unknown;
  try {
    raw = parseArgs({ args: [...argv], options: { out: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nusage: npm run package -- [--out <file.zip>]`);
  }
  const parsed = cliArgs.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return { out: parsed.data.out === undefined ? DEFAULT_OUT : resolve(parsed.data.out) };
}

async function main(): Promise<void> {
  const { out } = parseCli(process.argv.slice(2));
  const { version } = packageJson.parse(JSON.parse(await readFile(resolve(repoRoot, 'package.json'), 'utf8')));
  const { values, defaulted } = packageValuesFromEnv(process.env, version);
  if (defaulted.length > 0) {
    process.stderr.write(`note: ${defaulted.join(', ')} not set; using placeholder links under https://example.com/\n`);
  }

  const manifest = fillManifest(await readFile(resolve(manifestDir, PACKAGE_FILES.manifest), 'utf8'), values);
  const schema = await loadManifestSchema(manifestVersionOf(manifest));
  const zip = await buildAppPackage({
    manifest,
    schema,
    colorPng: await readFile(resolve(manifestDir, PACKAGE_FILES.color)),
    outlinePng: await readFile(resolve(manifestDir, PACKAGE_FILES.outline)),
  });

  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, zip);
  process.stdout.write(`Teams app package written: ${out}\n`);
}

try {
  await main();
} catch (error) {
  if (error instanceof TeamsAppError || error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n`);
  } else {
    process.stderr.write(`error: unexpected failure while packaging\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 1;
}
