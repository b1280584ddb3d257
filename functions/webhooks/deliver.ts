import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSHandler, SQSRecord } from 'aws-lambda';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { countWebhookAttempt, flushMetrics } from '../../shared/metrics/platform-metrics';
import { batchEndpointReads } from '../../shared/webhooks/batch-endpoint-reads';
import { batchTally } from '../../shared/webhooks/batch-tally';
import { deliverWebhook, type DeliveryDeps } from '../../shared/webhooks/deliver-webhook';
import { parseDeliveryMessage } from '../../shared/webhooks/delivery-message';
import { deliveryDeps, deliveryQueue } from './delivery-deps';

/** Marks a record failed on purpose: its visibility is already set to when it should come back. */
class DeliveryNotDone extends Error {
  override name = 'DeliveryNotDone';
}

type BatchScoped = Pick<DeliveryDeps, 'tally' | 'endpoints'>;

const deliverRecord = (batch: BatchScoped) => async (record: SQSRecord) => {
  const receiveCount = Number(record.attributes.ApproximateReceiveCount) || 1;
  const parsed = parseDeliveryMessage(record.body);
  if ('problem' in parsed) {
    // A poisoned message: back at once, so its receives run out and it waits in the DLQ (never a loop).
    logger.error('webhook delivery: the message is not a delivery; it goes to the DLQ', { messageId: record.messageId, receiveCount, problem: parsed.problem.slice(0, 300) });
    await deliveryQueue().retryAfter(record.receiptHandle, 0);
    throw new DeliveryNotDone('not a delivery message');
  }
  const outcome = await deliverWebhook({ ...deliveryDeps(), ...batch }, parsed.message, receiveCount, record.messageId);
  if (!(outcome.done && (outcome.result === 'dropped' || outcome.result === 'duplicate'))) countWebhookAttempt(outcome.done && outcome.result === 'delivered');
  if (outcome.done) return;
  // The wait before the next attempt is the message's visibility (≤ 12 h); 0 after the last, so the next
  // receive moves it to the DLQ.
  await deliveryQueue().retryAfter(record.receiptHandle, outcome.retryInSeconds);
  throw new DeliveryNotDone(outcome.exhausted ? 'last attempt failed' : 'attempt failed');
};

/**
 * The webhook-delivery queue's consumer: each record one event to one endpoint (shared/webhooks/
 * deliver-webhook.ts), the batch's records in parallel, their endpoints read together. A failed attempt leaves its record in the batch's
 * failures with its visibility set to the schedule's next wait, so retries wait in SQS, not in a Lambda.
 * A processor per invocation: it holds the batch's state, and the local runtime may run batches side by side.
 */
export const handler: SQSHandler = async (event, context) => {
  const tally = batchTally();
  // The batch's endpoints in one BatchGetItem (batch-endpoint-reads.ts), as its attempts are counted in one tally.
  const endpoints = batchEndpointReads(deliveryDeps().endpoints);
  try {
    return await processPartialResponse(event, deliverRecord({ tally, endpoints }), new BatchProcessor(EventType.SQS), { context, throwOnFullBatchFailure: false });
  } finally {
    // The batch's attempts as one EMF line (WebhookDeliveriesSucceeded / Failed), and one ADD to the hour's
    // tally behind /v1/admin/stats: a lost count only nudges a rate, so it never fails the batch.
    flushMetrics();
    await tally.flush(deliveryDeps().tallyStore).catch((error: unknown) => logger.error('webhook delivery: could not tally the batch’s attempts', errorFields(error)));
  }
};
