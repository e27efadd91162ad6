import { PNG } from 'pngjs';
import { ZipFile } from 'yazl';
import { TeamsAppError } from './errors.js';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from './icons.js';
import type { JsonObject } from './json.js';
import { validateManifest, type ManifestSchema } from './manifest.js';

/** File names inside the package; the manifest's `icons` must point at these. */
export const PACKAGE_FILES = {
  manifest: 'manifest.json',
  color: 'color.png',
  outline: 'outline.png',
} as const;

export interface AppPackageInput {
  readonly manifest: JsonObject;
  readonly schema: ManifestSchema;
  readonly colorPng: Buffer;
  readonly outlinePng: Buffer;
}

function iconProblems(label: string, png: Buffer, size: number, needsTransparency: boolean): string[] {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch (error) {
    return [`${label}: not a readable PNG (${error instanceof Error ? error.message : String(error)})`];
  }
  const problems: string[] = [];
  if (image.width !== size || image.height !== size) {
    problems.push(`${label}: must be ${size}×${size} pixels, is ${image.width}×${image.height}`);
  }
  if (needsTransparency && !image.data.some((value, index) => index % 4 === 3 && value < 255)) {
    problems.push(`${label}: must have a transparent background`);
  }
  return problems;
}

/** Problems Teams would reject the icons for (size; outline transparency). Pure. */
export function checkIcons(colorPng: Buffer, outlinePng: Buffer): string[] {
  return [
    ...iconProblems(PACKAGE_FILES.color, colorPng, COLOR_ICON_SIZE, false),
    ...iconProblems(PACKAGE_FILES.outline, outlinePng, OUTLINE_ICON_SIZE, true),
  ];
}

/** Fixed entry time, so the same inputs always give the same zip bytes. */
const ENTRY_TIME = new Date(2024, 0, 1);

function zip(entries: readonly (readonly [string, Buffer])[]): Promise<Buffer> {
  const file = new ZipFile();
  for (const [name, data] of entries) file.addBuffer(data, name, { mtime: ENTRY_TIME });
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('error', reject);
    file.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Checks the filled manifest against the official schema and the icons against
 * Teams' size rules, then zips manifest.json, color.png and outline.png at the
 * zip root. Throws `TeamsAppError` (`manifest-invalid` / `icons-invalid`) with
 * one detail line per problem. No file system access: the caller writes the
 * returned bytes.
 */
export async function buildAppPackage(input: AppPackageInput): Promise<Buffer> {
  const check = validateManifest(input.manifest, input.schema);
  if (!check.ok) {
    throw new TeamsAppError('manifest-invalid', 'Manifest does not match the official Teams schema', check.errors);
  }
  const icons = checkIcons(input.colorPng, input.outlinePng);
  if (icons.length > 0) throw new TeamsAppError('icons-invalid', 'Icons do not meet the Teams requirements', icons);

  return zip([
    [PACKAGE_FILES.manifest, Buffer.from(`${JSON.stringify(input.manifest, null, 2)}\n`, 'utf8')],
    [PACKAGE_FILES.color, input.colorPng],
    [PACKAGE_FILES.outline, input.outlinePng],
  ]);
}
