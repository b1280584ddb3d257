import * as z from 'zod';

/**
 * How an attempt failed when there was no HTTP status to record (or, for `redirect`, beside the 3xx status).
 * `endpoint-disabled` and `endpoint-deleted` are deliveries dropped without a request: the endpoint was
 * turned off or removed after the event was queued.
 */
export const attemptErrorKinds = ['timeout', 'refused', 'reset', 'redirect', 'dns', 'forbidden-address', 'tls', 'network', 'endpoint-disabled', 'endpoint-deleted'] as const;
export type AttemptErrorKind = (typeof attemptErrorKinds)[number];

/** The receiver's answer is kept only as an excerpt: enough to debug, small enough to store every attempt. */
export const RESPONSE_EXCERPT_BYTES = 1024;

/** One delivery attempt as the owner reads it (`GET /v1/webhooks/{id}/deliveries`). */
export const deliveryAttemptSchema = z
  .object({
    id: z.string(),
    deliveryId: z.string().meta({ description: 'The same for every attempt of one event to this endpoint' }),
    eventId: z.string(),
    eventType: z.string(),
    attempt: z.number().int().min(1).meta({ description: '1 for the first try' }),
    statusCode: z.number().int().optional().meta({ description: 'The receiver’s HTTP status, when it answered' }),
    error: z.enum(attemptErrorKinds).optional().meta({ description: 'Why there is no status code' }),
    durationMs: z.number().int().min(0),
    responseExcerpt: z.string().optional().meta({ description: `The start of the response body, at most ${RESPONSE_EXCERPT_BYTES} bytes` }),
    nextRetryAt: z.iso.datetime().optional().meta({ description: 'When the next attempt is due; absent once delivered or given up' }),
    at: z.iso.datetime(),
  })
  .meta({ id: 'WebhookDeliveryAttempt' });

export type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

/** What the delivery records after each attempt; the store caps the excerpt and sets the id and TTL. */
export interface NewDeliveryAttempt {
  endpointId: string;
  deliveryId: string;
  eventId: string;
  eventType: string;
  attempt: number;
  statusCode?: number;
  error?: AttemptErrorKind;
  durationMs: number;
  /** The response body as received; only its first RESPONSE_EXCERPT_BYTES bytes are kept. */
  responseBody?: string;
  nextRetryAt?: string;
  at: string;
}

/** The first `maxBytes` of a text in UTF-8, never cutting a character in half. */
export const capExcerpt = (text: string, maxBytes = RESPONSE_EXCERPT_BYTES): string => {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  // Back up over continuation bytes (10xxxxxx) to the start of the character that would be cut.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
};
