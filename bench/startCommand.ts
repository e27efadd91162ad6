import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from '../src/cli/args.js';

/**
 * How `npm start` and `npm run dev` run node, read from package.json: the benchmarks start the bot
 * the same way, so that they measure what is deployed (node's heap flags change memory and speed).
 */
export interface NodeCommands {
  /** Node's options in `npm start`, before the built entry point. */
  startFlags: string[];
  /** Everything after `node` in `npm run dev` (its options, then its entry point). */
  devArgs: string[];
}

const START_ENTRY = 'dist/server/src/index.js';
const packageJsonSchema = z.object({ scripts: z.object({ start: z.string(), dev: z.string() }) });

/** The words after `node` in a script; a script that is not one plain node command is an error. */
function nodeArgs(name: string, script: string): string[] {
  const [command, ...args] = script.trim().split(/\s+/);
  if (command !== 'node' || args.some((a) => /["'`$&|;<>\\]/.test(a))) {
    throw new Error(`package.json's "${name}" script must be one plain node command (node <options> <entry>) for the benchmarks to run it; it is: ${script}`);
  }
  return args;
}

export async function nodeCommands(repoRoot = REPO_ROOT): Promise<NodeCommands> {
  const { scripts } = packageJsonSchema.parse(JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as unknown);
  const start = nodeArgs('start', scripts.start);
  if (start[start.length - 1] !== START_ENTRY || start.slice(0, -1).some((a) => !a.startsWith('--'))) {
    throw new Error(`package.json's "start" script must be node <--options> ${START_ENTRY}; it is: ${scripts.start}`);
  }
  return { startFlags: start.slice(0, -1), devArgs: nodeArgs('dev', scripts.dev) };
}
