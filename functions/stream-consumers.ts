/**
 * Consumers of the table's stream: in AWS a Lambda event source with this filter, locally the stream
 * poller of infra/local. The filter keeps each consumer from waking up for every other write. Each handler
 * module also exports `createHandler(publisher)`, so the local runtime can hand it the local bus.
 */
/**
 * Retries of a failing record before it goes to the consumer's failure queue (AWS) or is logged and passed
 * (locally): quick retries, a hundred of them outlast a short EventBridge outage, and a record that can never
 * be handled stops holding back the records behind it in its shard.
 */
const RETRY_ATTEMPTS = 100;

export const streamConsumers = [
  {
    name: 'forward-outbox',
    handler: 'events/forward-outbox',
    /** Only new outbox items: DynamoDB stream filter on the `type` attribute of the new image. */
    filter: { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['OutboxEvent'] } } } },
    batchSize: 10,
    retryAttempts: RETRY_ATTEMPTS,
  },
  {
    name: 'start-provisioning',
    handler: 'subscriptions/start-provisioning',
    /**
     * New instances: their provisioning is started from the committed record, so a create route that died
     * between its write and its StartExecution leaves nothing stuck (the route starts it too, first).
     */
    filter: { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['Instance'] }, status: { S: ['PROVISIONING'] } } } },
    batchSize: 10,
    retryAttempts: RETRY_ATTEMPTS,
  },
  {
    name: 'start-backup-workflows',
    handler: 'backups/start-backup-workflows',
    /** New RUNNING backups: a backup's workflow, or a restore's (its safety backup), started from the committed record. */
    filter: { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['Backup'] }, status: { S: ['RUNNING'] } } } },
    batchSize: 10,
    retryAttempts: RETRY_ATTEMPTS,
  },
  {
    name: 'start-upgrade-workflows',
    handler: 'upgrades/start-upgrade-workflows',
    /** New pre-upgrade backups: the upgrade they were taken for, started from the committed record. */
    filter: { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['Backup'] }, status: { S: ['RUNNING'] }, kind: { S: ['pre-upgrade'] } } } },
    batchSize: 10,
    retryAttempts: RETRY_ATTEMPTS,
  },
  {
    name: 'start-restart-workflows',
    handler: 'instance-operations/start-restart-workflows',
    /** New restarts: their workflow started from the committed record, as the backups' are. */
    filter: { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['InstanceRestart'] } } } },
    batchSize: 10,
    retryAttempts: RETRY_ATTEMPTS,
  },
  {
    name: 'start-resize-workflows',
    handler: 'plan-changes/start-resize-workflows',
    /** Instances moved to RESIZING: a plan change's workflow, started from the committed record. */
    filter: { eventName: ['MODIFY'], dynamodb: { NewImage: { type: { S: ['Instance'] }, status: { S: ['RESIZING'] } } } },
    batchSize: 10,
    retryAttempts: RETRY_ATTEMPTS,
  },
  {
    name: 'node-status-events',
    handler: 'workers/node-status-events',
    /** Node items only; the handler publishes when the status differs between the old and new image. */
    filter: { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['Node'] } } } },
    batchSize: 25,
    retryAttempts: RETRY_ATTEMPTS,
  },
] as const;
