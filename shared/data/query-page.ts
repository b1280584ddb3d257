import { QueryCommand, type DocumentClient } from '../aws/dynamodb';
import { decodeCursor, encodeCursor } from './cursor';
import { projectionOf } from './projection';
import { tableDesign } from './table-design';

type PartitionKey = typeof tableDesign.partitionKey | (typeof tableDesign.globalIndexes)[number]['partitionKey'];

/** One partition by its key attribute: `{ PK: … }` for the table, `{ GSI1PK: … }` for an index, and so on. */
export type Partition = { [K in PartitionKey]: { [P in K]: string } }[PartitionKey];

export interface PageQuery {
  tableName: string;
  /** The partition listed. Its key attribute picks the index (`GSI1PK` reads GSI1); a cursor of any other partition is refused. */
  partition: Partition;
  /** Narrows the partition's sort key to a prefix, or to everything up to a bound (inclusive). */
  sortKey?: { beginsWith: string } | { atMost: string };
  /** Sort key descending: newest first where it is a date or a ULID. */
  descending?: boolean;
  /** Reads only these attributes, so an item's secrets never leave the table. */
  attributes?: readonly string[];
  /**
   * Applied after the page is read: a page may hold fewer than `limit` items and still have a next one.
   * Its value placeholders must not be `:pk` or `:sk`, the key condition's.
   */
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
}

export interface PageRequest {
  limit: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

const keysOf = (partition: Partition) => {
  const entries = Object.entries(partition);
  // The union type lets a literal carry two key attributes; the cursor check needs exactly one.
  if (entries.length !== 1) throw new Error(`a page reads one partition, not ${JSON.stringify(partition)}`);
  const [[partitionKey, value]] = entries as [[PartitionKey, string]];
  const index = tableDesign.globalIndexes.find((candidate) => candidate.partitionKey === partitionKey);
  return { partitionKey, value, sortKey: index?.sortKey ?? tableDesign.sortKey, indexName: index?.indexName };
};

/**
 * One page of a list: a Query of one partition (optionally one sort-key prefix or range) from where the
 * client's cursor says the last page ended. The cursor is pinned to the partition, so a cursor of another
 * list (another customer's) is a 400 on `query.cursor` before anything is read.
 */
export const queryPage = async <T>(
  db: DocumentClient,
  query: PageQuery,
  { limit, cursor }: PageRequest,
  map: (item: Record<string, unknown>) => T,
): Promise<Page<T>> => {
  const { partitionKey, value, sortKey, indexName } = keysOf(query.partition);
  const range =
    query.sortKey &&
    ('beginsWith' in query.sortKey
      ? { condition: `begins_with(${sortKey}, :sk)`, bound: query.sortKey.beginsWith }
      : { condition: `${sortKey} <= :sk`, bound: query.sortKey.atMost });
  const projection = query.attributes && projectionOf(query.attributes);
  const names = { ...projection?.ExpressionAttributeNames, ...query.filter?.names };
  const { Items = [], LastEvaluatedKey } = await db.send(
    new QueryCommand({
      TableName: query.tableName,
      ...(indexName ? { IndexName: indexName } : {}),
      KeyConditionExpression: `${partitionKey} = :pk${range ? ` AND ${range.condition}` : ''}`,
      ...(query.filter ? { FilterExpression: query.filter.expression } : {}),
      ...(projection ? { ProjectionExpression: projection.ProjectionExpression } : {}),
      // DynamoDB refuses an empty map of names.
      ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: { ...query.filter?.values, ':pk': value, ...(range ? { ':sk': range.bound } : {}) },
      ...(query.descending ? { ScanIndexForward: false } : {}),
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, query.partition),
    }),
  );
  return { items: Items.map(map), nextCursor: encodeCursor(LastEvaluatedKey) };
};
