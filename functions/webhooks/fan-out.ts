import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSHandler, SQSRecord } from 'aws-lambda';
import type { DomainEvent } from '../../shared/events/domain-event';
import { eventFromBusEnvelope } from '../../shared/events/bus-envelope';
import { gatheredSends } from '../../shared/queues/gathered-sends';
import type { DeliveryMessage } from '../../shared/webhooks/delivery-message';
import { fanOutEvents, ownerOfEvent } from '../../shared/webhooks/fan-out-event';
import type { WebhookOwner } from '../../shared/webhooks/webhook-endpoint';
import { deliveryQueue, fanOutDeps } from './delivery-deps';

const ownerKey = (owner: WebhookOwner) => (owner.kind === 'customer' ? `customer ${owner.userId}` : 'platform');

/**
 * Each owner's fan-out in this container, one after another across the batches it runs side by side (the
 * local runtime does): two batches numbering the same endpoints at once only lose transactions to each other.
 */
const ownerTurns = new Map<string, Promise<unknown>>();
const inOwnersTurn = <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const run = (ownerTurns.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
  ownerTurns.set(key, run);
  // The last in line clears its owner's entry, so the map holds only owners being fanned out.
  void run.catch(() => undefined).finally(() => ownerTurns.get(key) === run && ownerTurns.delete(key));
  return run;
};

/**
 * The webhook-fan-out queue's consumer: each record is an event in EventBridge's envelope (the rules of
 * functions/event-rules.ts). An owner's events in the batch are fanned out together, in batch order
 * (fanOutEvents: its endpoints read once, its deliveries numbered in one transaction), so they take that
 * owner's endpoints' sequence numbers in the order they arrived; different owners run side by side. The
 * batch's delivery messages then go out together, ten per SendMessageBatch; the records of an owner whose
 * numbering failed, or a record one of whose messages could not be sent, are retried after the queue's
 * visibility timeout (numbers given are kept, so the same messages go again, and the delivery claims drop
 * a copy already delivered); one that never parses waits in the DLQ after maxReceiveCount. A processor per
 * invocation: it holds the batch's state, and the local runtime may run batches side by side.
 */
export const handler: SQSHandler = async (event, context) => {
  const sends = gatheredSends(deliveryQueue());
  // The batch's parseable events by owner, in batch order; a record that does not parse fails on its own below.
  const byOwner = new Map<string, { owner: WebhookOwner; events: DomainEvent[]; messages?: Promise<DeliveryMessage[][]> }>();
  const parsed = new Map<string, DomainEvent>();
  for (const record of event.Records) {
    try {
      const domainEvent = eventFromBusEnvelope(record.body);
      const owner = ownerOfEvent(domainEvent);
      const group = byOwner.get(ownerKey(owner)) ?? { owner, events: [] };
      if (!group.events.some((known) => known.id === domainEvent.id)) group.events.push(domainEvent);
      byOwner.set(ownerKey(owner), group);
      parsed.set(record.messageId, domainEvent);
    } catch {
      // Reported by its own record's handler.
    }
  }
  const fanOutRecord = async (record: SQSRecord) => {
    const domainEvent = parsed.get(record.messageId) ?? eventFromBusEnvelope(record.body);
    const group = byOwner.get(ownerKey(ownerOfEvent(domainEvent)))!;
    group.messages ??= inOwnersTurn(ownerKey(group.owner), () => fanOutEvents(fanOutDeps(), group.owner, group.events));
    const messages = (await group.messages)[group.events.findIndex((known) => known.id === domainEvent.id)] ?? [];
    const sender = sends.senderFor(record.messageId);
    await Promise.all(messages.map((message) => sender.send(JSON.stringify(message))));
  };
  const numbered = await processPartialResponse(event, fanOutRecord, new BatchProcessor(EventType.SQS), { context, throwOnFullBatchFailure: false });
  const unsent = await sends.flush(new Set(numbered.batchItemFailures.map((failure) => failure.itemIdentifier)));
  return { batchItemFailures: [...numbered.batchItemFailures, ...[...unsent].map((itemIdentifier) => ({ itemIdentifier }))] };
};
