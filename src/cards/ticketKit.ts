import type { Lang } from '../answer/types.js';
import { adaptiveCard, attachment, type AdaptiveCard, type CardAttachment, type CardElement, type OpenUrlAction, type SubmitAction, type TextColor } from './adaptive.js';

/**
 * The Adaptive Card parts the ticket cards need beyond src/cards/adaptive.ts: inputs and
 * Action.ShowCard (schema 1.5, all rendered by Teams on desktop, web and mobile).
 */
export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  placeholder?: string;
  /** Prefilled text the user can edit. */
  value?: string;
  isMultiline?: boolean;
  maxLength?: number;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface InputChoiceSet {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: { title: string; value: string }[];
  style?: 'compact' | 'expanded';
  placeholder?: string;
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface TicketContainer {
  type: 'Container';
  items: TicketElement[];
  style?: 'emphasis' | 'good' | 'warning' | 'attention' | 'accent';
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
  separator?: boolean;
}

export interface TicketActionSet {
  type: 'ActionSet';
  actions: TicketAction[];
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
}

export type TicketElement = CardElement | InputText | InputChoiceSet | TicketContainer | TicketActionSet;

/** A card shown under the button when pressed: used for "Vastaa" and "Sulje", whose text goes with the submit. */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: TicketElement[]; actions: TicketAction[] };
}

/** `associatedInputs: 'none'` lets a button (Peruuta) work without filling in required inputs. */
export type TicketSubmitAction<T extends object = object> = SubmitAction<T> & { associatedInputs?: 'auto' | 'none' };

export type TicketAction = TicketSubmitAction | OpenUrlAction | ShowCardAction;

export type TicketCard = AdaptiveCard<TicketElement, TicketAction>;

export type TicketCardAttachment = CardAttachment<TicketCard>;

export function ticketCard(body: TicketElement[], actions: TicketAction[], fallbackText: string): TicketCard {
  return { ...adaptiveCard(body, actions), fallbackText };
}

export function ticketAttachment(card: TicketCard): TicketCardAttachment {
  return attachment(card);
}

export function showCard(title: string, body: TicketElement[], actions: TicketAction[]): ShowCardAction {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, actions } };
}

export function submitAction<T extends object>(
  title: string,
  data: T,
  style?: SubmitAction['style'],
  associatedInputs?: 'none',
): TicketSubmitAction<T> {
  return { type: 'Action.Submit', title, data, ...(style === undefined ? {} : { style }), ...(associatedInputs === undefined ? {} : { associatedInputs }) };
}

export const statusColor: Record<'open' | 'claimed' | 'answered' | 'closed', TextColor> = {
  open: 'Attention',
  claimed: 'Accent',
  answered: 'Good',
  closed: 'Default',
};

const formatters: Record<Lang, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
};

/** An instant as Finns read it, in Finnish time: "10.3.2025 klo 10.00" / "10 Mar 2025, 10:00". */
export function formatWhen(iso: string, lang: Lang): string {
  return formatters[lang].format(new Date(iso));
}
