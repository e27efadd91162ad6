import { z } from 'zod';
import type { ConnectorActivity } from './connector.js';

/** A card button as the terminal offers it: Submit buttons are pressed by number, links are shown. */
export type TerminalButton =
  | { kind: 'submit'; title: string; data: unknown }
  | { kind: 'open_url'; title: string; url: string }
  | { kind: 'unsupported'; title: string; type: string };

export interface TerminalView {
  lines: string[];
  buttons: TerminalButton[];
}

const actionSchema = z.object({ type: z.string(), title: z.string().optional(), data: z.unknown(), url: z.string().optional() }).passthrough();
const nodeSchema = z
  .object({
    type: z.string().optional(),
    text: z.string().optional(),
    facts: z.array(z.object({ title: z.string(), value: z.string() })).optional(),
    items: z.array(z.unknown()).optional(),
    columns: z.array(z.unknown()).optional(),
    body: z.array(z.unknown()).optional(),
    actions: z.array(z.unknown()).optional(),
    separator: z.boolean().optional(),
    weight: z.string().optional(),
    altText: z.string().optional(),
  })
  .passthrough();

function toButton(raw: unknown): TerminalButton | undefined {
  const a = actionSchema.safeParse(raw);
  if (!a.success) return undefined;
  const title = a.data.title ?? a.data.type;
  if (a.data.type === 'Action.Submit') return { kind: 'submit', title, data: a.data.data };
  if (a.data.type === 'Action.OpenUrl' && a.data.url !== undefined) return { kind: 'open_url', title, url: a.data.url };
  return { kind: 'unsupported', title, type: a.data.type };
}

/** Walks an Adaptive Card: text blocks and facts become lines, every action becomes a button. */
function walk(raw: unknown, view: TerminalView): void {
  const node = nodeSchema.safeParse(raw);
  if (!node.success) return;
  const n = node.data;
  if (n.separator === true && view.lines.length > 0) view.lines.push('');
  if (n.type === 'TextBlock' && n.text !== undefined) view.lines.push(...n.text.split('\n').map((l) => (n.weight === 'Bolder' ? l.toUpperCase() : l)));
  if (n.type === 'Image') view.lines.push(`[image${n.altText === undefined ? '' : `: ${n.altText}`}]`);
  for (const f of n.facts ?? []) view.lines.push(`${f.title}: ${f.value}`);
  for (const child of [...(n.body ?? []), ...(n.items ?? []), ...(n.columns ?? [])]) walk(child, view);
  for (const a of n.actions ?? []) {
    const b = toButton(a);
    if (b !== undefined) view.buttons.push(b);
  }
}

/**
 * How one bot activity reads in a terminal. A message with an Adaptive Card shows the card (its
 * `text` is the same content as fallback); other messages show their text; typing shows a hint.
 */
export function renderForTerminal(activity: ConnectorActivity): TerminalView {
  const view: TerminalView = { lines: [], buttons: [] };
  if (activity.type === 'typing') return { lines: ['…'], buttons: [] };
  if (activity.type !== 'message') return { lines: [`(${activity.type})`], buttons: [] };
  const cards = (activity.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (cards.length === 0) view.lines.push(...(activity.text ?? '').split('\n'));
  for (const c of cards) walk(c.content, view);
  const others = (activity.attachments ?? []).length - cards.length;
  if (others > 0) view.lines.push(`[${others} other attachment(s)]`);
  return view;
}

/** Submit buttons numbered from `first` (in order); links show their address and take no number. */
export function formatButtons(buttons: readonly TerminalButton[], first = 1): string[] {
  let next = first;
  return buttons.map((b) => {
    switch (b.kind) {
      case 'submit':
        return `[${next++}] ${b.title}`;
      case 'open_url':
        return `    ${b.title}: ${b.url}`;
      case 'unsupported':
        return `    ${b.title} (${b.type}, not supported here)`;
    }
  });
}
