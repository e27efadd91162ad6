import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildAppPackage, checkIcons } from '../../src/teamsapp/appPackage.js';
import { renderColorIcon, renderOutlineIcon } from '../../src/teamsapp/icons.js';
import { fillManifest } from '../../src/teamsapp/manifest.js';
import { loadManifestSchema, manifestVersionOf } from '../../src/teamsapp/schema.js';
import { readZip } from './readZip.js';
import { TEST_VALUES } from './values.js';

const template = await readFile(new URL('../../manifest/manifest.json', import.meta.url), 'utf8');
const manifest = fillManifest(template, TEST_VALUES);
const schema = await loadManifestSchema(manifestVersionOf(manifest));
const colorPng = renderColorIcon();
const outlinePng = renderOutlineIcon();

describe('buildAppPackage', () => {
  it('zips exactly manifest.json and the two icons at the root, reproducibly', async () => {
    const zip = await buildAppPackage({ manifest, schema, colorPng, outlinePng });
    const entries = readZip(zip);
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '')).toEqual(manifest);
    expect(entries.get('outline.png')?.equals(outlinePng)).toBe(true);
    expect((await buildAppPackage({ manifest, schema, colorPng, outlinePng })).equals(zip)).toBe(true);
  });

  it('refuses a manifest that fails the schema', async () => {
    await expect(buildAppPackage({ manifest: { ...manifest, id: 'x' }, schema, colorPng, outlinePng })).rejects.toMatchObject(
      { code: 'manifest-invalid' },
    );
  });

  it('refuses icons of the wrong size or without transparency', async () => {
    expect(checkIcons(outlinePng, colorPng)).toEqual([
      'color.png: must be 192×192 pixels, is 32×32',
      'outline.png: must be 32×32 pixels, is 192×192',
      'outline.png: must have a transparent background',
    ]);
    await expect(buildAppPackage({ manifest, schema, colorPng: outlinePng, outlinePng })).rejects.toMatchObject({
      code: 'icons-invalid',
    });
  });
});
