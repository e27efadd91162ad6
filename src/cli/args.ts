import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (two levels above src/cli). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_KNOWLEDGE_DIR = resolve(REPO_ROOT, 'knowledge');

/** A CLI usage error: printed as one line to stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** parseArgs + zod: unknown flags and bad values become a UsageError naming them. */
export function parseCli<T extends z.ZodTypeAny>(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: T,
): z.infer<T> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as { values: Record<string, unknown>; positionals: string[] };
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const result = schema.safeParse({ ...parsed.values, positionals: parsed.positionals });
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first === undefined ? '' : first.path.join('.');
    throw new UsageError(`${where === '' ? '' : `--${where}: `}${first?.message ?? 'invalid arguments'}`);
  }
  return result.data as z.infer<T>;
}

/**
 * Runs a command-line entry point: its result is the exit code; a UsageError prints "usage: …" and
 * exits 2; an error of one of the `expected` classes prints its message; anything else its stack
 * and exits 1.
 */
export function runMain(main: () => Promise<number>, expected: readonly (abstract new (...args: never[]) => Error)[] = []): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const known = expected.some((cls) => err instanceof cls);
      const text = err instanceof UsageError ? `usage: ${err.message}` : err instanceof Error ? (known ? err.message : (err.stack ?? err.message)) : String(err);
      process.stderr.write(`${text}\n`);
      process.exitCode = err instanceof UsageError ? 2 : 1;
    },
  );
}
