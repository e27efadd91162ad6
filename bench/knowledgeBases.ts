import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/cli/args.js';
import { formatIssue, loadKnowledgeBase, type KnowledgeBase } from '../src/knowledge/load.js';
import { syntheticKnowledgeBase, type SyntheticKnowledgeBase, type SyntheticOptions } from './synthetic.js';

/**
 * The knowledge bases every benchmark measures: the bundled `knowledge/` folder, and a synthetic
 * one of 200 documents × 50 passages (10,000 passages) generated from it with a fixed seed, so
 * that `bench:engine`, `bench` and `load` see the same data.
 */
export const SYNTHETIC_10K: SyntheticOptions = { documents: 200, passagesPerDocument: 50, seed: 20_241_123 };

export class KnowledgeLoadError extends Error {
  override readonly name = 'KnowledgeLoadError';
}

export async function loadBundledKnowledge(dir = DEFAULT_KNOWLEDGE_DIR): Promise<KnowledgeBase> {
  const loaded = await loadKnowledgeBase(dir);
  if (!loaded.ok) throw new KnowledgeLoadError(`the knowledge base in ${dir} has errors:\n${loaded.errors.map(formatIssue).join('\n')}`);
  return loaded.kb;
}

export function syntheticFrom(real: KnowledgeBase, options: SyntheticOptions = SYNTHETIC_10K): SyntheticKnowledgeBase {
  return syntheticKnowledgeBase(real, real.glossary, options);
}

/**
 * Writes a knowledge folder for a bot process started with KNOWLEDGE_DIR=dir: the bundled folder
 * (its glossary must find its terms in some document, and the bot should still answer the real
 * questions) plus the synthetic documents beside them in docs/.
 */
export async function writeKnowledgeFolder(dir: string, synthetic: SyntheticKnowledgeBase, bundledDir = DEFAULT_KNOWLEDGE_DIR): Promise<void> {
  await cp(bundledDir, dir, { recursive: true });
  for (const file of synthetic.files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text, 'utf8');
  }
}
