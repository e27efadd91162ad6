/**
 * `npm run build`: transpiles src/ to plain JavaScript in dist/server/ (no type check; `npm run
 * typecheck` does that). `npm start` runs it first and then starts dist/server/src/index.js, so that
 * the server does not compile TypeScript while it starts (about a second less to the first answer,
 * and no loader thread in memory). A deployment builds once and runs the same file.
 */
import { join, relative } from 'node:path';
import { transpileTree } from '../devtools/transpile.js';
import { REPO_ROOT, runMain } from './args.js';

const BUILD_DIR = join(REPO_ROOT, 'dist', 'server');

runMain(async () => {
  const started = performance.now();
  const files = await transpileTree(REPO_ROOT, BUILD_DIR);
  console.log(`built ${files} files into ${relative(REPO_ROOT, BUILD_DIR)}/ in ${Math.round(performance.now() - started)} ms`);
  return 0;
});
