/** Placeholder values used across the teamsapp tests. */
export const TEST_BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

export const TEST_VALUES = {
  BOT_ID: TEST_BOT_ID,
  TEAMS_APP_ID: '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d',
  APP_VERSION: '1.2.3',
  APP_WEBSITE_URL: 'https://hankeapu.example.fi/',
  APP_PRIVACY_URL: 'https://hankeapu.example.fi/tietosuoja',
  APP_TERMS_URL: 'https://hankeapu.example.fi/kayttoehdot',
} as const;
