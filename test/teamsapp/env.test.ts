import { describe, expect, it } from 'vitest';
import { DEFAULT_URLS, packageValuesFromEnv } from '../../src/teamsapp/env.js';
import { TeamsAppError } from '../../src/teamsapp/errors.js';
import { TEST_BOT_ID } from './values.js';

describe('packageValuesFromEnv', () => {
  it('fills defaults from BOT_ID and the package version', () => {
    expect(packageValuesFromEnv({ BOT_ID: TEST_BOT_ID }, '0.1.0')).toEqual({
      values: { BOT_ID: TEST_BOT_ID, TEAMS_APP_ID: TEST_BOT_ID, APP_VERSION: '0.1.0', ...DEFAULT_URLS },
      defaulted: ['APP_WEBSITE_URL', 'APP_PRIVACY_URL', 'APP_TERMS_URL'],
    });
  });

  it('falls back to MicrosoftAppId, the name the bot config uses', () => {
    expect(packageValuesFromEnv({ MicrosoftAppId: ` ${TEST_BOT_ID} ` }, '0.1.0').values['BOT_ID']).toBe(TEST_BOT_ID);
  });

  it('prefers explicit values', () => {
    const { values, defaulted } = packageValuesFromEnv(
      { BOT_ID: TEST_BOT_ID, MicrosoftAppId: 'other', APP_VERSION: '2.0.0', APP_TERMS_URL: 'https://x.fi/ehdot' },
      '0.1.0',
    );
    expect(values).toMatchObject({ BOT_ID: TEST_BOT_ID, APP_VERSION: '2.0.0', APP_TERMS_URL: 'https://x.fi/ehdot' });
    expect(defaulted).toEqual(['APP_WEBSITE_URL', 'APP_PRIVACY_URL']);
  });

  it('requires BOT_ID, treating an empty value as unset', () => {
    const call = (): unknown => packageValuesFromEnv({ BOT_ID: '', MicrosoftAppId: '  ' }, '0.1.0');
    expect(call).toThrow(TeamsAppError);
    expect(call).toThrow(/BOT_ID is not set/);
  });
});
