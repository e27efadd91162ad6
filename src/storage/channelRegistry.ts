import type { Storage } from 'botbuilder';
import { REGIONS } from '../knowledge/schema.js';
import { channelRegistrationSchema, type ChannelRegistration, type ChannelTarget, type Registrations } from '../handoff/routing.js';
import type { StorageError } from './errors.js';
import { RecordStore } from './records.js';

export const channelKey = (target: ChannelTarget): string => `handoff/channel/${target}`;
const TARGETS: readonly ChannelTarget[] = [...REGIONS, 'fallback'];

/** The advisers' channels, one record per region plus the fallback. A new registration replaces the old. */
export class ChannelRegistry {
  private readonly records: RecordStore<typeof channelRegistrationSchema>;

  constructor(storage: Storage) {
    this.records = new RecordStore(storage, channelRegistrationSchema, 'channel registration');
  }

  async register(registration: ChannelRegistration): Promise<void> {
    await this.records.put(channelKey(registration.target), registration);
  }

  /** Every registration that can be read; a broken record is reported and treated as missing. */
  async all(): Promise<{ registrations: Registrations; problems: StorageError[] }> {
    const read = await this.records.getEach(TARGETS.map(channelKey));
    const registrations: Registrations = {};
    const problems: StorageError[] = [];
    for (const r of read) {
      if (r.error !== undefined) problems.push(r.error);
      if (r.found !== undefined) registrations[r.found.value.target] = r.found.value;
    }
    return { registrations, problems };
  }
}
