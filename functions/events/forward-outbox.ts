import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { eventBridgeClient } from '../../shared/aws/eventbridge-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import type { EventPublisher } from '../../shared/events/event-publisher';
import { eventBridgePublisher } from '../../shared/events/eventbridge-publisher';
import { eventFromOutboxItem } from '../../shared/events/outbox';
import { handleInOrder } from '../../shared/events/stream-in-order';
import { logger } from '../../shared/logging/logger';
import { flushMetrics, recordEventMetrics } from '../../shared/metrics/platform-metrics';

const defaultPublisher = once((): EventPublisher => eventBridgePublisher(eventBridgeClient(), loadConfig(functionEnvironmentSchema).EVENT_BUS_NAME));

/**
 * The outbox forwarder: reads new outbox items from the table's stream and puts their events on the bus.
 * A record that fails is reported as a partial batch failure and retried before the ones behind it; nothing
 * is dropped.
 */
export const forwardOutbox = (publisher: EventPublisher) => async (record: DynamoDBRecord) => {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return;
  const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
  const event = eventFromOutboxItem(item);
  if (!event) return;
  await publisher.publish([event]);
  recordEventMetrics(event);
  logger.info('event forwarded', { eventId: event.id, eventType: event.type });
};

export const createHandler =
  (publisher: () => EventPublisher): DynamoDBStreamHandler =>
  async (event) => {
    try {
      return await handleInOrder('forward-outbox', event.Records, forwardOutbox(publisher()));
    } finally {
      flushMetrics();
    }
  };

export const handler = createHandler(defaultPublisher);

