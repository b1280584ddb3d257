import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSHandler, SQSRecord } from 'aws-lambda';
import { eventFromBusEnvelope } from '../../shared/events/bus-envelope';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { type NotifierDeps, notifyCustomer } from '../../shared/notifications/notify-customer';
import { notifierDeps } from './notification-deps';

const processor = new BatchProcessor(EventType.SQS);

/**
 * The consumer of the `notifications` queue (functions/queues.ts): each message is a customer event from the
 * bus (functions/event-rules.ts). A record that fails (a bad envelope, a store or email failure) is reported
 * as a partial batch failure, received again after the visibility timeout, and after the queue's
 * maxReceiveCount waits in its DLQ.
 */
export const notifyRecord = (deps: NotifierDeps) => async (record: SQSRecord) => {
  try {
    const event = eventFromBusEnvelope(record.body);
    const outcome = await notifyCustomer(deps, event);
    logger.info('customer event handled', { eventId: event.id, eventType: event.type, ...outcome });
  } catch (error) {
    // The batch reports it as failed; this line says why, for the runbook's "no notification emails".
    logger.error('customer event failed', { messageId: record.messageId, receiveCount: record.attributes.ApproximateReceiveCount, ...errorFields(error) });
    throw error;
  }
};

export const handler: SQSHandler = async (event, context) => processPartialResponse(event, notifyRecord(notifierDeps()), processor, { context });
