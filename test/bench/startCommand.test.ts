import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCommands } from '../../bench/startCommand.js';

async function withScripts(start: string, dev = 'node --import tsx src/index.ts'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hankeapu-start-'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ scripts: { start, dev } }));
  return dir;
}

describe('nodeCommands: how the benchmarks start the bot', () => {
  it("reads npm start's node options and npm run dev's arguments", async () => {
    const dir = await withScripts('node --max-semi-space-size=8 --heap-growing-percent=20 dist/server/src/index.js', 'node --max-semi-space-size=8 --import tsx src/index.ts');
    expect(await nodeCommands(dir)).toEqual({ startFlags: ['--max-semi-space-size=8', '--heap-growing-percent=20'], devArgs: ['--max-semi-space-size=8', '--import', 'tsx', 'src/index.ts'] });
  });

  it.each([
    ['another entry point', 'node dist/other.js'],
    ['an option with a separate value', 'node --import tsx dist/server/src/index.js'],
    ['a shell construct', 'NODE_ENV=production node dist/server/src/index.js'],
    ['two commands', 'node dist/server/src/index.js && echo done'],
  ])('refuses %s, which the benchmarks could not reproduce', async (_, start) => {
    await expect(nodeCommands(await withScripts(start))).rejects.toThrow(/"start" script/);
  });

  it('accepts the repository\'s own package.json', async () => {
    const commands = await nodeCommands();
    expect(commands.startFlags.every((f) => f.startsWith('--'))).toBe(true);
  });
});
