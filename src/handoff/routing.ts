import { z } from 'zod';
import { regionSchema, type Region } from '../knowledge/schema.js';
import { channelRoot, conversationRefSchema, isChannelConversation, type ConversationRef } from './conversationRef.js';
import type { Role } from './machine.js';
import { actorSchema, type Actor } from './ticket.js';

/**
 * Who may act on tickets, and which channel a region's tickets go to. Pure.
 *
 * Allowed identities are configured as Azure AD object ids and/or user principal names (UPNs,
 * "maija@liitto.fi"); matching is case-insensitive. Teams always sends the AAD object id of the
 * sender; a UPN is matched only when the bot has looked it up (TeamsInfo.getMember).
 */
export interface AccessList {
  advisers: readonly string[];
  coordinators: readonly string[];
}

/** The person pressing a button or typing a command, as the bot sees them. */
export interface Identity {
  /** Teams user id ("29:…"). */
  id: string;
  name: string;
  aadObjectId?: string;
  upn?: string;
}

export function actorOf(identity: Identity): Actor {
  return { id: identity.aadObjectId ?? identity.id, name: identity.name };
}

/** The identity's role, or undefined when it may not act on tickets. Coordinators are advisers too. */
export function roleOf(identity: Identity, access: AccessList): Role | undefined {
  const names = [identity.aadObjectId, identity.upn].filter((v): v is string => v !== undefined && v.trim() !== '').map(norm);
  const listed = (list: readonly string[]): boolean => list.some((entry) => names.includes(norm(entry)));
  if (listed(access.coordinators)) return 'coordinator';
  if (listed(access.advisers)) return 'adviser';
  return undefined;
}

function norm(s: string): string {
  return s.trim().toLowerCase();
}

export const channelTargetSchema = z.union([regionSchema, z.literal('fallback')]);
export type ChannelTarget = z.infer<typeof channelTargetSchema>;

/** A channel an adviser registered for a region (or as the fallback), as stored. */
export const channelRegistrationSchema = z
  .object({
    schema: z.literal(1),
    target: channelTargetSchema,
    /** The channel root: proactive posts start a new thread there. */
    channel: conversationRefSchema,
    registeredBy: actorSchema,
    registeredAt: z.string().datetime({ offset: true }),
  })
  .strict();
export type ChannelRegistration = z.infer<typeof channelRegistrationSchema>;

export type Registrations = Partial<Record<ChannelTarget, ChannelRegistration>>;

export type RegistrationCheck =
  | { ok: true; registration: ChannelRegistration }
  | { ok: false; reason: 'forbidden' | 'not_a_channel' };

/** Only listed advisers and coordinators may register, and only from inside a Teams channel. */
export function checkRegistration(
  target: ChannelTarget,
  ref: ConversationRef,
  identity: Identity,
  access: AccessList,
  now: Date,
): RegistrationCheck {
  if (roleOf(identity, access) === undefined) return { ok: false, reason: 'forbidden' };
  if (!isChannelConversation(ref)) return { ok: false, reason: 'not_a_channel' };
  return {
    ok: true,
    registration: { schema: 1, target, channel: channelRoot(ref), registeredBy: actorOf(identity), registeredAt: now.toISOString() },
  };
}

export type Route =
  | { kind: 'region'; channel: ConversationRef }
  | { kind: 'fallback'; channel: ConversationRef }
  | { kind: 'none' };

/** The region's own channel when one is registered, else the fallback channel, else nowhere (yet). */
export function routeFor(region: Region, registrations: Registrations): Route {
  const own = registrations[region];
  if (own !== undefined) return { kind: 'region', channel: own.channel };
  const fallback = registrations.fallback;
  if (fallback !== undefined) return { kind: 'fallback', channel: fallback.channel };
  return { kind: 'none' };
}
