import { GetCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { isConditionFailure } from '../data/data-errors';
import { keys } from '../data/keys';
import type { BillingCustomerStore } from './billing-customer-store';

/**
 * The Stripe customer id as one attribute of the account's item (keys.user; docs/data-model.md "access
 * patterns"). Written with its own condition, outside the account's version: it changes nothing the account
 * store versions (name, password, status), so it never makes their updates conflict.
 */
export const dynamoBillingCustomerStore = (db: DocumentClient, tableName: string): BillingCustomerStore => {
  const get = async (userId: string) => {
    const { Item } = await db.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.user(userId),
        ConsistentRead: true,
        ProjectionExpression: 'email, #name, stripeCustomerId',
        ExpressionAttributeNames: { '#name': 'name' },
      }),
    );
    if (!Item) return undefined;
    return { email: String(Item.email), name: String(Item.name), ...(typeof Item.stripeCustomerId === 'string' ? { stripeCustomerId: Item.stripeCustomerId } : {}) };
  };
  return {
    get,
    async setIfAbsent(userId, stripeCustomerId) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.user(userId),
            UpdateExpression: 'SET stripeCustomerId = :id',
            ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(stripeCustomerId)',
            ExpressionAttributeValues: { ':id': stripeCustomerId },
          }),
        );
        return stripeCustomerId;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        return (await get(userId))?.stripeCustomerId;
      }
    },
  };
};
