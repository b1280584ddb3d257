import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { errorFields } from '../logging/error-fields';
import { logger } from '../logging/logger';

/**
 * Handles a stream batch's records one after another and stops at the first that fails, reporting only
 * it: Lambda (and the local poller) resume the shard from that record, so a record behind it is neither
 * handled before it nor again on each of its retries. Powertools' BatchProcessor would handle every record
 * of the batch, in parallel, and the ones after a failure would be published once per retry.
 */
export const handleInOrder = async (
  consumer: string,
  records: DynamoDBRecord[],
  handle: (record: DynamoDBRecord) => Promise<void>,
): Promise<DynamoDBBatchResponse> => {
  for (const record of records) {
    try {
      await handle(record);
    } catch (error) {
      logger.warn('stream record failed, its shard resumes from it', { consumer, sequenceNumber: record.dynamodb?.SequenceNumber, ...errorFields(error) });
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
};
