/**
 * Consumers of the table's stream: in AWS a Lambda event source with this filter, locally the stream
 * poller of infra/local. The filter keeps each consumer from waking up for every other write. Each handler
 * module also exports `createHandler(publisher)`, so the local runtime can hand it the local bus.
 */
export const streamConsumers = [
  {
    name: 'forward-outbox',
    handler: 'events/forward-outbox',
    /** Only new outbox items: DynamoDB stream filter on the `type` attribute of the new image. */
    filter: { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['OutboxEvent'] } } } },
    batchSize: 10,
  },
  {
    name: 'node-status-events',
    handler: 'workers/node-status-events',
    /** Node items only; the handler publishes when the status differs between the old and new image. */
    filter: { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['Node'] } } } },
    batchSize: 25,
  },
] as const;
