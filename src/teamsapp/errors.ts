/**
 * What went wrong while building the Teams app package. Each code names one
 * stage, so the CLI can print a precise message and tests can assert on it.
 */
export type TeamsAppErrorCode =
  | 'template-invalid'
  | 'values-invalid'
  | 'env-invalid'
  | 'schema-unavailable'
  | 'manifest-invalid'
  | 'icons-invalid';

/**
 * A typed packaging error. `names` lists the placeholders or environment
 * variables at fault (empty when none apply); `details` holds one readable line
 * per problem.
 */
export class TeamsAppError extends Error {
  override readonly name = 'TeamsAppError';

  constructor(
    readonly code: TeamsAppErrorCode,
    message: string,
    readonly details: readonly string[] = [],
    readonly names: readonly string[] = [],
  ) {
    super(details.length > 0 ? `${message}\n  - ${details.join('\n  - ')}` : message);
  }
}
