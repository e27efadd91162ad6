import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { regionSchema, type Region } from '../knowledge/schema.js';
import { RecordStore } from './records.js';

/** What the bot remembers about a member between questions: only their region. */
export const memberProfileSchema = z
  .object({ schema: z.literal(1), region: regionSchema, updatedAt: z.string().datetime({ offset: true }) })
  .strict();
export type MemberProfile = z.infer<typeof memberProfileSchema>;

export const memberKey = (key: string): string => `handoff/member/${key}`;

export class MemberStore {
  private readonly records: RecordStore<typeof memberProfileSchema>;

  constructor(storage: Storage) {
    this.records = new RecordStore(storage, memberProfileSchema, 'member profile');
  }

  async region(key: string): Promise<Region | undefined> {
    return (await this.records.get(memberKey(key)))?.value.region;
  }

  async setRegion(key: string, region: Region, now: Date): Promise<void> {
    await this.records.put(memberKey(key), { schema: 1, region, updatedAt: now.toISOString() });
  }
}
