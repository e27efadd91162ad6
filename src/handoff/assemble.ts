import type { Lang } from '../answer/types.js';
import type { Storage } from 'botbuilder';
import { ChannelRegistry } from '../storage/channelRegistry.js';
import { MemberStore } from '../storage/memberStore.js';
import { TicketStore } from '../storage/ticketStore.js';
import { Outbox, type RetryPolicy } from './outbox.js';
import { systemTimer, type ChannelPoster, type Clock, type Logger, type Timer } from './ports.js';
import type { AccessList } from './routing.js';
import { HandoffService } from './service.js';

export interface HandoffParts {
  /** Any botbuilder Storage whose eTag conflicts are typed (createStorage gives one). */
  storage: Storage;
  access: AccessList;
  poster: ChannelPoster;
  clock: Clock;
  log?: Logger;
  /** Default systemTimer. */
  timer?: Timer;
  /** Default DEFAULT_RETRY (10 s doubling up to 15 min). */
  retry?: RetryPolicy;
  /** Longest wait between two looks at the store. Default 60 s. */
  pollMs?: number;
  /** Language of the advisers' cards. Default Finnish. */
  adviserLang?: Lang;
}

export interface Handoff {
  service: HandoffService;
  /** Not running until `start()`: the caller starts it once the bot can take turns, and stops it on shutdown. */
  outbox: Outbox;
}

/**
 * The handoff on one storage: ticket, channel and member stores, the outbox that delivers the
 * tickets' effects through `poster`, and the service the bot calls. Builds objects only; no I/O
 * until the service is called or the outbox started.
 */
export function assembleHandoff(parts: HandoffParts): Handoff {
  const { storage, clock, log } = parts;
  const tickets = new TicketStore(storage, { now: () => clock.now() });
  const channels = new ChannelRegistry(storage);
  const members = new MemberStore(storage);
  const outbox = new Outbox({
    tickets,
    channels,
    poster: parts.poster,
    clock,
    timer: parts.timer ?? systemTimer,
    ...(parts.retry === undefined ? {} : { retry: parts.retry }),
    ...(parts.pollMs === undefined ? {} : { pollMs: parts.pollMs }),
    ...(parts.adviserLang === undefined ? {} : { adviserLang: parts.adviserLang }),
    ...(log === undefined ? {} : { log }),
  });
  const service = new HandoffService({ tickets, channels, members, access: parts.access, outbox, clock, ...(log === undefined ? {} : { log }) });
  return { service, outbox };
}
