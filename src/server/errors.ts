/** A request the server refuses, with the HTTP status it answers and a JSON-friendly code. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: 400 | 401 | 413 | 415 | 500,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  toJSON(): { error: { code: string; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}
