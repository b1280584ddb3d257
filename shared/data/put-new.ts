import { PutCommand, type DocumentClient } from '../aws/dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { isConditionFailure } from './data-errors';
import { createCondition } from './versioned-update';

/**
 * Puts a new item that must not exist yet. The SDK retries an attempt whose answer was lost (a request
 * timeout under load): when the first attempt had in fact been written, the retry fails its condition on
 * our own item. That is a success, told apart from a real clash by the stored item being exactly the one
 * sent (a new item carries a fresh ULID, and often a random secret, so nothing else can match it).
 */
export const putNew = async (db: DocumentClient, tableName: string, item: Record<string, unknown>): Promise<void> => {
  try {
    await db.send(new PutCommand({ TableName: tableName, Item: item, ...createCondition, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
  } catch (error) {
    const stored = (error as { Item?: Record<string, unknown> }).Item;
    if (isConditionFailure(error) && stored && isDeepStrictEqual(unmarshall(stored as never), withoutUndefined(item))) return;
    throw error;
  }
};

const withoutUndefined = (item: Record<string, unknown>) => JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
