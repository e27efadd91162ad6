import type { FrontMatter } from '../knowledge/schema.js';
import type { SourceRef } from './types.js';

export function sourceOf(meta: FrontMatter): SourceRef {
  return {
    docId: meta.id,
    title: meta.title,
    publisher: meta.publisher,
    date: meta.date,
    ...(meta.source === undefined ? {} : { url: meta.source }),
  };
}
