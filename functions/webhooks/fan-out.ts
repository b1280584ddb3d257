import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSHandler, SQSRecord } from 'aws-lambda';
import { eventFromBusEnvelope } from '../../shared/events/bus-envelope';
import { fanOutEvent, ownerOfEvent } from '../../shared/webhooks/fan-out-event';
import { fanOutDeps } from './delivery-deps';

/**
 * The webhook-fan-out queue's consumer: each record is an event in EventBridge's envelope (the rules of
 * functions/event-rules.ts). Records of one owner run one after another in batch order, so they take that
 * owner's endpoints' sequence numbers in the order they arrived; different owners run side by side. A
 * failed record is retried after the queue's visibility timeout; one that never parses waits in the DLQ
 * after maxReceiveCount. A processor per invocation: it holds the batch's state, and the local runtime may
 * run batches side by side.
 */
export const handler: SQSHandler = async (event, context) => {
  const byOwner = new Map<string, Promise<unknown>>();
  // Powertools calls this for every record at once, in batch order: chaining per owner keeps that order.
  const fanOutRecord = (record: SQSRecord) => {
    const domainEvent = eventFromBusEnvelope(record.body);
    const owner = ownerOfEvent(domainEvent);
    const key = owner.kind === 'customer' ? owner.userId : '';
    const run = (byOwner.get(key) ?? Promise.resolve()).catch(() => undefined).then(() => fanOutEvent(fanOutDeps(), domainEvent));
    byOwner.set(key, run);
    return run;
  };
  return processPartialResponse(event, fanOutRecord, new BatchProcessor(EventType.SQS), { context, throwOnFullBatchFailure: false });
};
