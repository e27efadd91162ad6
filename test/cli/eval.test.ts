import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLI_TIMEOUT_MS, runCli } from './run.js';

const rate = z.object({ total: z.number().int(), rate: z.number().min(0).max(1) }).passthrough();
const evalJsonSchema = z.object({
  answerable: rate,
  unanswerable: rate,
  dated: rate,
  english: rate,
  failures: z.array(z.object({ q: z.string(), why: z.string() }).strict()),
});

describe('npm run eval', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints Hit@1 and the other rates', async () => {
    const result = await runCli('src/cli/eval.ts', []);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Hit@1');
    expect(result.stdout).toContain('questions.yaml');
  });

  it('prints one JSON object with --json', async () => {
    const result = await runCli('src/cli/eval.ts', ['--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = evalJsonSchema.parse(JSON.parse(result.stdout) as unknown);
    expect(report.answerable.total).toBeGreaterThan(0);
  });
});
