/**
 * Consumers of the table's stream: in AWS a Lambda event source with this filter, locally the stream
 * poller of infra/local. The filter keeps the forwarder from waking up for every other write.
 */
export const streamConsumers = [
  {
    name: 'forward-outbox',
    handler: 'events/forward-outbox',
    /** Only new outbox items: DynamoDB stream filter on the `type` attribute of the new image. */
    filter: { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['OutboxEvent'] } } } },
    batchSize: 10,
  },
] as const;
