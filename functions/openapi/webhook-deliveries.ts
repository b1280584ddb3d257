import * as z from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import { eventCatalogue, type EventType, eventTypes } from '../../shared/events/event-catalogue';
import { RESPONSE_EXCERPT_BYTES } from '../../shared/webhooks/delivery-attempt';
import { WEBHOOK_PREVIOUS_ID_HEADER, WEBHOOK_SEQUENCE_HEADER, WEBHOOK_USER_AGENT } from '../../shared/webhooks/delivery-headers';
import { DEFAULT_RETRY_SCHEDULE_SECONDS, JITTER_RATIO } from '../../shared/webhooks/retry-schedule';

const waits = DEFAULT_RETRY_SCHEDULE_SECONDS.map((seconds) => (seconds === 0 ? 'immediately' : seconds < 60 ? `${seconds} s` : seconds < 3600 ? `${seconds / 60} min` : `${seconds / 3600} h`)).join(', ');

/** The headers of every delivery (shared/webhooks/delivery-headers.ts). */
const headers = z.object({
  'webhook-id': z.string().meta({ description: 'The event’s id: the same on every attempt and retry; drop a message whose id you have already handled.' }),
  'webhook-timestamp': z.string().meta({ description: 'This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock.' }),
  'webhook-signature': z.string().meta({
    description:
      'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret.',
  }),
  [WEBHOOK_SEQUENCE_HEADER]: z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .meta({
      description:
        'This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature.',
    }),
  [WEBHOOK_PREVIOUS_ID_HEADER]: z
    .string()
    .optional()
    .meta({ description: `The webhook-id of the event numbered one less; absent on ${WEBHOOK_SEQUENCE_HEADER} 1. Not covered by the signature.` }),
  'user-agent': z.string().optional().meta({ description: `\`${WEBHOOK_USER_AGENT}\`` }),
});

const deliveryOf = (type: EventType): ZodOpenApiOperationObject => ({
  operationId: `webhook:${type}`,
  summary: `The ${type} event, POSTed to each endpoint subscribed to it`,
  description: [
    `Sent to ${eventCatalogue[type].audience === 'customer' ? 'the owning customer’s endpoints' : 'administrators’ endpoints (/v1/admin/webhooks)'} with the Standard Webhooks headers and two of the platform’s own for ordering.`,
    `Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: ${waits} (each wait ±${JITTER_RATIO * 100}% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.`,
    '410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.',
  ].join('\n\n'),
  tags: ['Webhook deliveries'],
  requestParams: { header: headers },
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: z
          .object({
            type: z.literal(type),
            timestamp: z.iso.datetime().meta({ description: 'When the event happened' }),
            data: eventCatalogue[type].detail,
          })
          .meta({ description: 'Standard Webhooks’ recommended body; the same bytes on every attempt' }),
      },
    },
  },
  responses: {
    '2XX': { description: 'Received. Only the first bytes of the answer are kept in the delivery log.' },
    '410': { description: 'Gone: the endpoint is disabled and nothing more is sent to it.' },
    default: { description: `Not received: retried on the schedule. The first ${RESPONSE_EXCERPT_BYTES} bytes of the answer are kept in the delivery log.` },
  },
});

/** The OpenAPI 3.1 `webhooks` of the document: one per event of the catalogue, as a receiver gets it. */
export const webhookDeliveries = (): ZodOpenApiPathsObject => Object.fromEntries(eventTypes.map((type) => [type, { post: deliveryOf(type) }]));
