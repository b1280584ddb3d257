import * as z from 'zod';
import { eventTypes } from '../events/event-catalogue';
import type { WebhookOwner } from './webhook-endpoint';

/**
 * One message of the delivery queue: one event to one endpoint. The fan-out sends it with the sequence number
 * it gave the event for that endpoint; the retry routes send it again with `manual` set. The body a receiver
 * gets is made from `event` alone, so it is the same on every attempt.
 */
export const deliveryMessageSchema = z.object({
  endpointId: z.string().min(1),
  owner: z.discriminatedUnion('kind', [z.object({ kind: z.literal('customer'), userId: z.string().min(1) }), z.object({ kind: z.literal('platform') })]),
  event: z.object({
    id: z.string().min(1),
    type: z.enum(eventTypes as [string, ...string[]]),
    occurredAt: z.iso.datetime(),
    detail: z.record(z.string(), z.unknown()),
  }),
  /** 1 for the first event the endpoint was sent, then 2, 3, …: `webhook-sequence`. */
  sequence: z.number().int().min(1),
  /** The id of the event that had the previous number (absent for 1): `webhook-previous-id`. */
  previousEventId: z.string().min(1).optional(),
  /** A retry asked for by the owner: one attempt, not rescheduled (the original run already ended). */
  manual: z.literal(true).optional(),
});

export type DeliveryMessage = z.infer<typeof deliveryMessageSchema>;

export const deliveryMessageOf = (
  owner: WebhookOwner,
  endpointId: string,
  event: { id: string; type: string; occurredAt: string; detail: unknown },
  order: { sequence: number; previousEventId?: string },
  manual = false,
): DeliveryMessage => ({
  endpointId,
  owner,
  event: { id: event.id, type: event.type, occurredAt: event.occurredAt, detail: event.detail as Record<string, unknown> },
  sequence: order.sequence,
  ...(order.previousEventId ? { previousEventId: order.previousEventId } : {}),
  ...(manual ? { manual: true as const } : {}),
});

/** A queue message's body as a delivery, or a description of what is wrong with it (a poisoned message). */
export const parseDeliveryMessage = (body: string): { message: DeliveryMessage } | { problem: string } => {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { problem: 'the body is not JSON' };
  }
  const parsed = deliveryMessageSchema.safeParse(json);
  return parsed.success ? { message: parsed.data } : { problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ') };
};

/**
 * What a receiver gets: Standard Webhooks' recommended shape, `{type, timestamp, data}`, where `timestamp` is
 * when the event happened and `data` its detail. The same bytes on every attempt.
 */
export const webhookPayloadOf = (event: DeliveryMessage['event']): string =>
  JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: event.detail });
