import { ConditionalCheckFailedException, PutCommand, QueryCommand, type DocumentClient } from '../aws/dynamodb';
import { entityTypes, keys } from '../data/keys';
import { createCondition } from '../data/versioned-update';
import { usageSampleSchema, type UsageSample } from './usage-sample';
import type { UsageStore } from './usage-store';

const sampleKeys = Object.keys(usageSampleSchema.shape) as (keyof UsageSample)[];
const sampleOf = (item: Record<string, unknown>) => usageSampleSchema.parse(Object.fromEntries(sampleKeys.map((key) => [key, item[key]])));

export const dynamoUsageStore = (db: DocumentClient, tableName: string): UsageStore => ({
  /** A plain conditional PutItem: the key is the hour and the instance, so a second run of the hour is refused by DynamoDB. */
  async putSample({ subscriptionId, userId, sample, expiresAt }) {
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.usageSample(subscriptionId, sample.hour, sample.instanceId),
            type: entityTypes.usageSample,
            schemaVersion: 1,
            subscriptionId,
            userId,
            ...sample,
            createdAt: sample.measuredAt,
            updatedAt: sample.measuredAt,
            expiresAt,
          },
          ...createCondition,
        }),
      );
      return 'written';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'exists';
      throw error;
    }
  },

  /**
   * One Query: a range is capped at 31 days, at most 744 samples an instance of about 0.4 KB, well inside
   * the 1 MB a Query answers at once; should a page ever end early, the next is read too, so the totals
   * always cover the whole range. (A sample past its TTL that DynamoDB has not deleted yet, which can take a
   * day or two, still shows for a range that old: its figures are true, only older than the retention.)
   */
  async listSamples(subscriptionId, { from, to }) {
    const samples: UsageSample[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': keys.usageSampleBound(subscriptionId, '').PK,
            ':from': keys.usageSampleBound(subscriptionId, from.toISOString()).SK,
            ':to': keys.usageSampleBound(subscriptionId, to.toISOString()).SK,
          },
          ExclusiveStartKey: start,
        }),
      );
      samples.push(...(page.Items ?? []).map(sampleOf));
      start = page.LastEvaluatedKey;
    } while (start);
    return samples;
  },
});
