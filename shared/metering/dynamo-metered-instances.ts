import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { keys } from '../data/keys';
import { instanceStates } from '../subscriptions/lifecycle';
import type { MeteredInstance, MeteredInstances } from './metered-instances';

/** BatchGetItem's limit. */
const BATCH = 100;
const RETRIES = 5;

const projectionNames = { '#id': 'id', '#subscription': 'subscriptionId', '#user': 'userId', '#status': 'status' };
const projection = Object.keys(projectionNames).join(', ');
const meteredInstanceSchema = z.object({ id: z.string(), subscriptionId: z.string(), userId: z.string(), status: z.enum(instanceStates) });

/**
 * Instances by id, 100 keys per BatchGetItem (eventually consistent: a status a second old meters the same
 * hour the same way), projecting only the four attributes metering reads. Keys DynamoDB leaves unprocessed
 * (throttling) are asked again with a short backoff; still unprocessed after that fails the run, which is
 * retried as a whole.
 */
export const dynamoMeteredInstances = (db: DynamoDBDocumentClient, tableName: string): MeteredInstances => ({
  async getMany(ids) {
    const found: MeteredInstance[] = [];
    for (let start = 0; start < ids.length; start += BATCH) {
      let pending: Record<string, string>[] | undefined = ids.slice(start, start + BATCH).map((id) => keys.instance(id));
      for (let attempt = 0; pending?.length; attempt++) {
        if (attempt > RETRIES) throw new Error(`metering: ${pending.length} instances stayed unprocessed by BatchGetItem`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const answer = await db.send(
          new BatchGetCommand({
            RequestItems: {
              [tableName]: { Keys: pending, ProjectionExpression: projection, ExpressionAttributeNames: projectionNames },
            },
          }),
        );
        for (const item of answer.Responses?.[tableName] ?? []) found.push(meteredInstanceSchema.parse(item));
        pending = answer.UnprocessedKeys?.[tableName]?.Keys as Record<string, string>[] | undefined;
      }
    }
    return found;
  },
});
