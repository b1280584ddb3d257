import { sqsQueueAdmin } from '../../shared/admin-queues/sqs-queue-admin';
import { sqsClient } from '../../shared/aws/sqs-client';
import { once } from '../../shared/config/load-config';
import { queueLocationsFromEnvironment } from '../../shared/queues/queue-environment';

const admin = once(() => sqsQueueAdmin(sqsClient()));

/**
 * The queues this function was granted (QUEUE_NAMES and their URLs, set by CDK or the local runtime) and
 * SQS. The list is read on each call, a few string operations, so a local runtime started again in the same
 * process with another queue table is seen at once.
 */
export const queueAdminDeps = () => ({ queues: queueLocationsFromEnvironment(), admin: admin() });
