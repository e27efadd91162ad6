import type { Storage } from 'botbuilder';
import { KnowledgeChannelStore } from '../coordinators/channel.js';
import type { ChannelPoster, Logger } from '../handoff/ports.js';
import type { AccessList } from '../handoff/routing.js';
import type { ReloadOutcome } from '../knowledge/live.js';
import { ChannelRegistry } from '../storage/channelRegistry.js';
import { TicketStore } from '../storage/ticketStore.js';
import { FaqService, type FaqClock } from './service.js';
import { FaqProposalStore } from './store.js';
import { createFaqWriter } from './writer.js';

export interface FaqParts {
  /** The handoff's storage: proposals sit beside the tickets they come from. */
  storage: Storage;
  access: AccessList;
  poster: ChannelPoster;
  clock: FaqClock;
  /** The knowledge folder (config.knowledgeDir): approved entries are written to its faq/. */
  knowledgeDir: string;
  /** Reload now after writing (live reload's reload()); without it the folder watcher picks the entry up. */
  reload?: () => Promise<ReloadOutcome>;
  log?: Logger;
}

/**
 * The FAQ service on the handoff's storage. The coordinators' channel is the one registration
 * that "rekisteröi koordinaattorit" and "tietopohjakanava" both set (KnowledgeChannelStore), so
 * coordinators get proposals and reload notices in one place. Builds objects only; no I/O.
 */
export function assembleFaq(parts: FaqParts): FaqService {
  const { storage, clock, log } = parts;
  return new FaqService({
    proposals: new FaqProposalStore(storage),
    tickets: new TicketStore(storage, { now: () => clock.now() }),
    coordinators: new KnowledgeChannelStore(storage),
    adviserChannels: new ChannelRegistry(storage),
    poster: parts.poster,
    writer: createFaqWriter(parts.knowledgeDir),
    access: parts.access,
    clock,
    ...(parts.reload === undefined ? {} : { reload: parts.reload }),
    ...(log === undefined ? {} : { log }),
  });
}
