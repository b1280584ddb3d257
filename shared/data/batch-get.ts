import { BatchGetCommand, type BatchGetCommandOutput, type DocumentClient } from '../aws/dynamodb';

/** BatchGetItem's limit of keys per request. */
const BATCH = 100;
const RETRIES = 5;

export interface BatchGetOptions {
  /** Strongly consistent reads, for a decision that must see the latest write (a state transition). */
  consistentRead?: boolean;
  /** Only these attributes, by their names. */
  attributes?: readonly string[];
}

/**
 * Items of one table by key, 100 keys per BatchGetItem. Keys DynamoDB leaves unprocessed (throttling) are
 * asked again with a short backoff; still unprocessed after that fails the call, so a job is retried as a
 * whole rather than judging with items missing. Missing items are simply absent from the answer.
 */
export const batchGetItems = async (
  db: DocumentClient,
  tableName: string,
  keys: readonly Record<string, string>[],
  options: BatchGetOptions = {},
): Promise<Record<string, unknown>[]> => {
  const names = options.attributes && Object.fromEntries(options.attributes.map((name, index) => [`#a${index}`, name]));
  const found: Record<string, unknown>[] = [];
  for (let start = 0; start < keys.length; start += BATCH) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(start, start + BATCH);
    for (let attempt = 0; pending?.length; attempt++) {
      if (attempt > RETRIES) throw new Error(`${pending.length} items stayed unprocessed by BatchGetItem`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const answer: BatchGetCommandOutput = await db.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: pending,
              ConsistentRead: options.consistentRead,
              ...(names ? { ProjectionExpression: Object.keys(names).join(', '), ExpressionAttributeNames: names } : {}),
            },
          },
        }),
      );
      found.push(...(answer.Responses?.[tableName] ?? []));
      pending = answer.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return found;
};
