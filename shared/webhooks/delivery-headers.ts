import { signatureHeader } from './webhook-secret';

/**
 * The headers of every delivery. The first three are Standard Webhooks' (a receiver verifies them with the
 * `standardwebhooks` library and its `whsec_` secret); the last two are the platform's own, for ordering:
 * - `webhook-sequence`: 1 for the first event the endpoint was sent, then 2, 3, … with no gap, so a receiver
 *   that has seen n and gets n + 2 knows one is still coming (a retry) and can wait for it or reorder;
 * - `webhook-previous-id`: the `webhook-id` of the event numbered one less (absent on 1), to check the chain.
 * Both are fixed when the event is fanned out and are the same on every retry. The signature covers
 * `webhook-id`, `webhook-timestamp` and the body, as the standard defines it, not these two.
 */
export const WEBHOOK_SEQUENCE_HEADER = 'webhook-sequence';
export const WEBHOOK_PREVIOUS_ID_HEADER = 'webhook-previous-id';
export const WEBHOOK_USER_AGENT = 'paas-platform-webhooks/1';

export interface DeliveryHeaderInput {
  /** The event id: `webhook-id`, the same on every attempt, so a receiver can drop repeats. */
  eventId: string;
  /** This attempt's time: `webhook-timestamp` (receivers refuse stale ones, so each attempt signs anew). */
  attemptedAt: Date;
  payload: string;
  /** The endpoint's active secrets, the current one first: one `v1,` signature each. */
  secrets: string[];
  sequence: number;
  previousEventId?: string;
}

export const deliveryHeaders = (input: DeliveryHeaderInput): Record<string, string> => ({
  'content-type': 'application/json',
  'user-agent': WEBHOOK_USER_AGENT,
  'webhook-id': input.eventId,
  'webhook-timestamp': String(Math.floor(input.attemptedAt.getTime() / 1000)),
  'webhook-signature': signatureHeader(input.secrets, input.eventId, input.attemptedAt, input.payload),
  [WEBHOOK_SEQUENCE_HEADER]: String(input.sequence),
  ...(input.previousEventId ? { [WEBHOOK_PREVIOUS_ID_HEADER]: input.previousEventId } : {}),
});
