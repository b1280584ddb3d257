import { UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { entityTypes, keys } from '../data/keys';
import { queryAllItems } from '../data/query-pages';
import { tallyHourOf, type DeliveryTallyStore } from './delivery-tally-store';

/** An hour's tally is read for a day; kept three, then DynamoDB's TTL removes it. */
const TALLY_TTL_SECONDS = 3 * 24 * 3600;

/**
 * One item per hour (`STATS#WEBHOOKS`/`HOUR#<hour>`) with `succeeded` and `failed` counts. Each delivery
 * batch's attempts are one UpdateItem ADD, outside any transaction: concurrent ADDs to one item never
 * conflict (only transactions do), and a count lost to a crash before its batch is counted only nudges a rate.
 */
export const dynamoDeliveryTallyStore = (db: DocumentClient, tableName: string): DeliveryTallyStore => ({
  async add(at, attempts) {
    const hour = tallyHourOf(at);
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.webhookTally(hour),
        UpdateExpression: 'SET #type = :type, expiresAt = if_not_exists(expiresAt, :expires) ADD #succeeded :succeeded, #failed :failed',
        ExpressionAttributeNames: { '#type': 'type', '#succeeded': 'succeeded', '#failed': 'failed' },
        ExpressionAttributeValues: {
          ':type': entityTypes.stats,
          ':expires': Math.floor(Date.parse(`${hour}:00:00Z`) / 1000) + TALLY_TTL_SECONDS,
          ':succeeded': attempts.succeeded,
          ':failed': attempts.failed,
        },
      }),
    );
  },

  async since(from) {
    const items = await queryAllItems(db, {
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND SK >= :from',
      ExpressionAttributeValues: { ':pk': keys.webhookTallyPartition, ':from': keys.webhookTally(tallyHourOf(from)).SK },
    });
    return items.reduce<{ succeeded: number; failed: number }>(
      (sum, item) => ({ succeeded: sum.succeeded + Number(item.succeeded ?? 0), failed: sum.failed + Number(item.failed ?? 0) }),
      { succeeded: 0, failed: 0 },
    );
  },
});
