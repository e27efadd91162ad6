import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { HttpError } from './errors.js';

/**
 * The least an incoming activity must carry for the bot to handle it and reply. Turn state and
 * replies need these fields, so a request without them gets a 400 that names the field instead of
 * a 500 from deep inside the SDK.
 */
const inboundActivitySchema = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    // Replies and proactive messages go here: only web addresses, never javascript: or file:.
    serviceUrl: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL'),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    from: z.object({ id: z.string().min(1) }).passthrough(),
    recipient: z.object({ id: z.string().min(1) }).passthrough(),
    // The handlers read these; of another shape they would fail deep inside a turn instead.
    text: z.string().nullish(),
    attachments: z.array(z.object({ contentType: z.string().nullish() }).passthrough()).nullish(),
    entities: z.array(z.object({ type: z.string() }).passthrough()).nullish(),
    timestamp: z.string().optional(),
    localTimestamp: z.string().optional(),
    expiration: z.string().optional(),
  })
  .passthrough();

/**
 * The SDK's own type for a body already checked against the schema above (checkInboundActivity does
 * that first), as CloudAdapter does it; not checked twice, since every turn pays for the check.
 */
const activitySchema = z.custom<Activity>((v) => typeof v === 'object' && v !== null);

export type InboundCheck = { ok: true; activity: Activity } | { ok: false; error: HttpError };

export function checkInboundActivity(body: unknown): InboundCheck {
  const parsed = inboundActivitySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
    const message = issue?.code === 'invalid_type' && issue.received === 'undefined' ? 'is required' : (issue?.message ?? 'is invalid');
    return { ok: false, error: new HttpError(400, 'invalid_activity', `activity ${field} ${message}`) };
  }
  const activity = activitySchema.parse(body);
  // Dates arrive as strings; the SDK types them as Date, as CloudAdapter converts them.
  const { timestamp, localTimestamp, expiration } = parsed.data;
  if (timestamp !== undefined) activity.timestamp = new Date(timestamp);
  if (localTimestamp !== undefined) activity.localTimestamp = new Date(localTimestamp);
  if (expiration !== undefined) activity.expiration = new Date(expiration);
  return { ok: true, activity };
}
