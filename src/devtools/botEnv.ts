/**
 * Environment for the bot started as a child process (tests, benchmarks): local mode, no advisers,
 * default storage, nothing else, so that a developer's .env or shell cannot change the mode;
 * `extra` overrides.
 */
export function botEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    PORT: '0',
    HOST: '',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppTenantId: '',
    MicrosoftAppType: '',
    ADVISER_IDS: '',
    COORDINATOR_IDS: '',
    STORAGE: '',
    ...extra,
  };
}
