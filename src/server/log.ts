/** Where the server and the bot write operational messages. Never member-facing. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m, e) => (e === undefined ? console.error(m) : console.error(m, e)),
};

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
