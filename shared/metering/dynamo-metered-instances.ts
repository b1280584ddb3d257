import type { DocumentClient } from '../aws/dynamodb';
import * as z from 'zod';
import { batchGetItems } from '../data/batch-get';
import { keys } from '../data/keys';
import { instanceStates } from '../subscriptions/lifecycle';
import type { MeteredInstances } from './metered-instances';

const meteredInstanceSchema = z.object({ id: z.string(), subscriptionId: z.string(), userId: z.string(), status: z.enum(instanceStates) });

/**
 * Instances by id through BatchGetItem (eventually consistent: a status a second old meters the same hour
 * the same way), projecting only the four attributes metering reads.
 */
export const dynamoMeteredInstances = (db: DocumentClient, tableName: string): MeteredInstances => ({
  async getMany(ids) {
    const items = await batchGetItems(db, tableName, ids.map((id) => keys.instance(id)), { attributes: ['id', 'subscriptionId', 'userId', 'status'] });
    return items.map((item) => meteredInstanceSchema.parse(item));
  },
});
