import { z } from 'zod';
import { TeamsAppError } from './errors.js';

/**
 * Defaults for the developer links Teams requires. They pass the schema and
 * are fine for sideloading; set real pages before publishing org-wide.
 */
export const DEFAULT_URLS = {
  APP_WEBSITE_URL: 'https://example.com/hankeapu',
  APP_PRIVACY_URL: 'https://example.com/hankeapu/privacy',
  APP_TERMS_URL: 'https://example.com/hankeapu/terms',
} as const;

const URL_NAMES = ['APP_WEBSITE_URL', 'APP_PRIVACY_URL', 'APP_TERMS_URL'] as const;

/** Unset and empty (or blank) variables are the same thing: absent. */
const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const packageEnv = z.object({
  BOT_ID: optional,
  /** The bot's own config calls the same id MicrosoftAppId; accepted as a fallback. */
  MicrosoftAppId: optional,
  TEAMS_APP_ID: optional,
  APP_VERSION: optional,
  APP_WEBSITE_URL: optional,
  APP_PRIVACY_URL: optional,
  APP_TERMS_URL: optional,
});

export interface PackageValues {
  /** Placeholder values for manifest/manifest.json, not yet validated. */
  readonly values: Readonly<Record<string, string>>;
  /** Names that fell back to a default link, so the CLI can say so. */
  readonly defaulted: readonly (typeof URL_NAMES)[number][];
}

/**
 * Maps environment variables to manifest placeholder values. BOT_ID (or
 * MicrosoftAppId) is required; TEAMS_APP_ID defaults to the bot id,
 * APP_VERSION to `packageVersion`, links to DEFAULT_URLS. Value formats are
 * checked later by `fillManifest`. Pure: the caller passes the environment.
 */
export function packageValuesFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  packageVersion: string,
): PackageValues {
  const parsed = packageEnv.parse(env);
  const botId = parsed.BOT_ID ?? parsed.MicrosoftAppId;
  if (botId === undefined) {
    throw new TeamsAppError(
      'env-invalid',
      "BOT_ID is not set: set BOT_ID (or MicrosoftAppId) to the bot's Microsoft App ID (a GUID)",
      [],
      ['BOT_ID'],
    );
  }
  const defaulted = URL_NAMES.filter((name) => parsed[name] === undefined);
  return {
    values: {
      BOT_ID: botId,
      TEAMS_APP_ID: parsed.TEAMS_APP_ID ?? botId,
      APP_VERSION: parsed.APP_VERSION ?? packageVersion,
      APP_WEBSITE_URL: parsed.APP_WEBSITE_URL ?? DEFAULT_URLS.APP_WEBSITE_URL,
      APP_PRIVACY_URL: parsed.APP_PRIVACY_URL ?? DEFAULT_URLS.APP_PRIVACY_URL,
      APP_TERMS_URL: parsed.APP_TERMS_URL ?? DEFAULT_URLS.APP_TERMS_URL,
    },
    defaulted,
  };
}
