import { readdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_FILES } from '../../src/teamsapp/appPackage.js';
import { TeamsAppError } from '../../src/teamsapp/errors.js';
import { fillManifest, validateManifest, type ManifestValues } from '../../src/teamsapp/manifest.js';
import { loadManifestSchema, manifestSchemaPath, manifestVersionOf } from '../../src/teamsapp/schema.js';
import { TEST_BOT_ID, TEST_VALUES } from './values.js';

const template = await readFile(new URL('../../manifest/manifest.json', import.meta.url), 'utf8');

function fillError(text: string, values: ManifestValues): TeamsAppError {
  try {
    fillManifest(text, values);
  } catch (error) {
    if (error instanceof TeamsAppError) return error;
    throw error;
  }
  throw new Error('expected fillManifest to throw');
}

describe('manifest template', () => {
  const manifest = fillManifest(template, TEST_VALUES);

  it('filled with valid values passes the official Teams schema', async () => {
    const schema = await loadManifestSchema(manifestVersionOf(manifest));
    expect(validateManifest(manifest, schema)).toEqual({ ok: true });
  });

  it('uses the newest v1.x schema shipped in @microsoft/app-manifest', async () => {
    const teamsDir = dirname(dirname(manifestSchemaPath('1.0')));
    const versions = (await readdir(teamsDir))
      .map((name) => /^v1\.(\d+)$/.exec(name)?.[1])
      .filter((minor): minor is string => minor !== undefined)
      .map(Number);
    expect(manifestVersionOf(manifest)).toBe(`1.${Math.max(...versions)}`);
  });

  it('fills every placeholder', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('${{');
    expect(manifest['id']).toBe(TEST_VALUES.TEAMS_APP_ID);
    expect(manifest['version']).toBe('1.2.3');
    expect(text).toContain(`"botId":"${TEST_BOT_ID}"`);
  });

  it('is Finnish first and points at the packaged icons', () => {
    expect(manifest['localizationInfo']).toEqual({ defaultLanguageTag: 'fi-FI' });
    expect(manifest['name']).toEqual({ short: 'Hankeapu', full: 'Hankeapu – KAKE-hankeneuvonta' });
    expect(manifest['icons']).toEqual({ color: PACKAGE_FILES.color, outline: PACKAGE_FILES.outline });
    expect(JSON.stringify(manifest['description'])).toMatch(/Etelä-Savo.*Pohjois-Karjala.*Pohjois-Savo/);
  });
});

describe('fillManifest', () => {
  it('rejects a BOT_ID that is not a GUID, naming it', () => {
    const error = fillError(template, { ...TEST_VALUES, BOT_ID: 'not-a-guid' });
    expect(error.code).toBe('values-invalid');
    expect(error.names).toEqual(['BOT_ID']);
    expect(error.message).toMatch(/BOT_ID: must be a GUID.*"not-a-guid"/);
  });

  it('rejects a missing value, naming every missing placeholder', () => {
    const { APP_VERSION: _version, BOT_ID: _bot, ...rest } = TEST_VALUES;
    const error = fillError(template, rest);
    expect(error.code).toBe('values-invalid');
    expect(error.names).toEqual(['APP_VERSION', 'BOT_ID']);
    expect(error.message).toContain('no value given for placeholder ${{BOT_ID}}');
  });

  it('treats an empty value as missing', () => {
    expect(fillError(template, { ...TEST_VALUES, APP_VERSION: '' }).names).toEqual(['APP_VERSION']);
  });

  it('rejects non-https links', () => {
    const error = fillError(template, { ...TEST_VALUES, APP_PRIVACY_URL: 'http://example.com/privacy' });
    expect(error.message).toContain('APP_PRIVACY_URL: must be an https:// URL');
  });

  it('replaces placeholders inside longer strings and keeps quotes in values as data', () => {
    const filled = fillManifest('{"a": "https://${{ HOST }}/x", "b": ["${{NOTE}}"]}', {
      HOST: 'bot.example.fi',
      NOTE: 'sanoi "hei"',
    });
    expect(filled).toEqual({ a: 'https://bot.example.fi/x', b: ['sanoi "hei"'] });
  });

  it('rejects a template that is not a JSON object or keeps unfillable placeholders', () => {
    expect(fillError('{"a": ', {}).code).toBe('template-invalid');
    expect(fillError('["x"]', {}).code).toBe('template-invalid');
    const leftover = fillError('{"a": "${{not-a-name}}"}', {});
    expect(leftover.code).toBe('template-invalid');
    expect(leftover.details).toEqual(['${{not-a-name}}']);
  });
});

describe('validateManifest', () => {
  it('reports readable errors with JSON pointer paths', async () => {
    const manifest = fillManifest(template, TEST_VALUES);
    const schema = await loadManifestSchema(manifestVersionOf(manifest));
    const result = validateManifest({ ...manifest, accentColor: 'blue', extra: true }, schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('(root): unknown property "extra"');
    expect(result.errors.some((line) => line.startsWith('/accentColor: must match pattern'))).toBe(true);
  });

  it('has no offline schema for a version the package does not ship', async () => {
    await expect(loadManifestSchema('9.99')).rejects.toMatchObject({ code: 'schema-unavailable' });
    await expect(loadManifestSchema('../../etc')).rejects.toMatchObject({ code: 'schema-unavailable' });
  });
});
