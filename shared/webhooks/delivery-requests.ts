import * as z from 'zod';

/** The answers of the test and retry routes: what was queued, to find it in the delivery log. */
export const queuedTestSchema = z
  .object({ eventId: z.string().meta({ description: 'The webhook.test event: its webhook-id, and its delivery id in …/deliveries' }) })
  .meta({ id: 'QueuedWebhookTest' });

export const queuedRetrySchema = z
  .object({
    deliveryId: z.string(),
    eventId: z.string().meta({ description: 'The webhook-id the receiver gets again' }),
  })
  .meta({ id: 'QueuedWebhookRetry' });
