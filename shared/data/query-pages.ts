import { QueryCommand, type DocumentClient, type QueryCommandInput } from '../aws/dynamodb';

/** Follows a query through every page: for small partitions only (an account's sessions, a count). */
export const queryAllItems = async (db: DocumentClient, input: QueryCommandInput): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

/** Counts what a query matches without reading the items back (`Select: COUNT`), across pages. */
export const countAll = async (db: DocumentClient, input: Omit<QueryCommandInput, 'Select'>): Promise<number> => {
  let total = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, Select: 'COUNT', ExclusiveStartKey: start }));
    total += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return total;
};
