/**
 * The small part of the Adaptive Card schema (1.5) the bot uses, typed so that cards are checked
 * at compile time. Teams renders all of it on desktop, web and mobile.
 */
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
export type TextColor = 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Bolder';
  size?: 'Small' | 'Medium' | 'Large';
  isSubtle?: boolean;
  color?: TextColor;
  spacing?: Spacing;
  separator?: boolean;
  maxLines?: number;
  style?: 'heading';
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
  spacing?: Spacing;
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: 'emphasis' | 'good' | 'warning' | 'attention' | 'accent';
  spacing?: Spacing;
  separator?: boolean;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

export type CardElement = TextBlock | FactSet | Container | ActionSet;

/** `data` comes back to the bot as `activity.value` when the button is pressed. */
export interface SubmitAction<TData extends object = object> {
  type: 'Action.Submit';
  title: string;
  data: TData;
  style?: 'positive' | 'destructive';
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = SubmitAction | OpenUrlAction;

/**
 * An Adaptive Card (schema 1.5). Cards that need more element or action kinds than the answer
 * cards (inputs, Action.ShowCard: src/cards/ticketKit.ts) use the same shape with their own.
 */
export interface AdaptiveCard<E = CardElement, A = CardAction> {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: E[];
  actions?: A[];
  /** Shown by clients that cannot render the card. */
  fallbackText?: string;
  msteams: { width: 'Full' };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardAttachment<C = AdaptiveCard> {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: C;
}

export function adaptiveCard<E = CardElement, A = CardAction>(body: E[], actions: A[] = []): AdaptiveCard<E, A> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

export function text(value: string, options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function attachment<C extends AdaptiveCard<unknown, unknown>>(card: C): CardAttachment<C> {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

/** Cuts `s` to at most `max` characters, ending in an ellipsis when cut. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
