import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { eventBridgeClient } from '../../shared/aws/eventbridge-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { eventCatalogue } from '../../shared/events/event-catalogue';
import type { EventPublisher } from '../../shared/events/event-publisher';
import { eventBridgePublisher } from '../../shared/events/eventbridge-publisher';
import { handleInOrder } from '../../shared/events/stream-in-order';
import { logger } from '../../shared/logging/logger';
import { nodeStatusSchema } from '../../shared/workers/node';
import { transitionEvent } from '../../shared/workers/node-health';

const defaultPublisher = once((): EventPublisher => eventBridgePublisher(eventBridgeClient(), loadConfig(functionEnvironmentSchema).EVENT_BUS_NAME));

const statusOf = (image: unknown) => {
  if (!image) return undefined;
  const item = unmarshall(image as Record<string, AttributeValue>);
  const parsed = nodeStatusSchema.safeParse(item.status);
  return parsed.success ? { status: parsed.data, name: String(item.name), lastHeartbeatAt: String(item.lastHeartbeatAt) } : undefined;
};

/**
 * Derives worker.* events from node items' stream records (DESIGN section 4 allows either outbox or stream):
 * a heartbeat and a monitor transition each stay one write, and every status change is still announced,
 * exactly when it was committed. The stream record's id makes the event id, so a retry repeats the same id.
 */
export const publishNodeTransition = (publisher: EventPublisher) => async (record: DynamoDBRecord) => {
  const before = statusOf(record.dynamodb?.OldImage);
  const after = statusOf(record.dynamodb?.NewImage);
  if (!after) return;
  const type = transitionEvent(before?.status, after.status);
  if (!type) return;
  const detail = type === 'worker.unhealthy' || type === 'worker.offline' ? { nodeName: after.name, lastHeartbeatAt: after.lastHeartbeatAt } : { nodeName: after.name };
  const occurredAt = new Date((record.dynamodb?.ApproximateCreationDateTime ?? Date.now() / 1000) * 1000).toISOString();
  await publisher.publish([{ id: `node-${record.eventID}`, type, occurredAt, detail: eventCatalogue[type].detail.parse(detail) } as never]);
  logger.info('node transition published', { nodeName: after.name, eventType: type });
};

export const createHandler =
  (publisher: () => EventPublisher): DynamoDBStreamHandler =>
  async (event) =>
    // In order: a node's healthy → unhealthy → offline must not reach the bus reordered.
    handleInOrder('node-status-events', event.Records, publishNodeTransition(publisher()));

export const handler = createHandler(defaultPublisher);
