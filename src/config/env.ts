import { existsSync } from 'node:fs';

/**
 * The process environment, with `.env` (if present in the working directory) filled in underneath:
 * a variable already set in the environment wins over the file. Only the entry point calls this.
 */
export function readEnvironment(envFile = '.env'): Readonly<Record<string, string | undefined>> {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return process.env;
}
