import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSHandler, SQSRecord } from 'aws-lambda';
import { eventFromBusEnvelope } from '../../shared/events/bus-envelope';
import { gatheredSends } from '../../shared/queues/gathered-sends';
import { fanOutEvent, ownerOfEvent } from '../../shared/webhooks/fan-out-event';
import { deliveryQueue, fanOutDeps } from './delivery-deps';

/**
 * The webhook-fan-out queue's consumer: each record is an event in EventBridge's envelope (the rules of
 * functions/event-rules.ts). Records of one owner run one after another in batch order, so they take that
 * owner's endpoints' sequence numbers in the order they arrived; different owners run side by side. The
 * batch's delivery messages then go out together, ten per SendMessageBatch; a record whose numbering failed,
 * or one of whose messages could not be sent, is retried after the queue's visibility timeout (its numbers
 * are kept, so the same messages go again, and the delivery claims drop a copy already delivered); one that
 * never parses waits in the DLQ after maxReceiveCount. A processor per invocation: it holds the batch's
 * state, and the local runtime may run batches side by side.
 */
export const handler: SQSHandler = async (event, context) => {
  const byOwner = new Map<string, Promise<unknown>>();
  const sends = gatheredSends(deliveryQueue());
  // Powertools calls this for every record at once, in batch order: chaining per owner keeps that order.
  const fanOutRecord = (record: SQSRecord) => {
    const domainEvent = eventFromBusEnvelope(record.body);
    const owner = ownerOfEvent(domainEvent);
    const key = owner.kind === 'customer' ? owner.userId : '';
    const deps = { ...fanOutDeps(), deliveryQueue: sends.senderFor(record.messageId) };
    const run = (byOwner.get(key) ?? Promise.resolve()).catch(() => undefined).then(() => fanOutEvent(deps, domainEvent));
    byOwner.set(key, run);
    return run;
  };
  const numbered = await processPartialResponse(event, fanOutRecord, new BatchProcessor(EventType.SQS), { context, throwOnFullBatchFailure: false });
  const unsent = await sends.flush(new Set(numbered.batchItemFailures.map((failure) => failure.itemIdentifier)));
  return { batchItemFailures: [...numbered.batchItemFailures, ...[...unsent].map((itemIdentifier) => ({ itemIdentifier }))] };
};
