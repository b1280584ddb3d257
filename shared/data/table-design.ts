/**
 * The single table, described once. CDK builds the real table from this and the local runtime creates the
 * same table in DynamoDB Local from it, so the two cannot drift.
 */
export const tableDesign = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Overloaded indexes; what each one serves is written in docs/access-patterns.md. */
  globalIndexes: [
    { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  ],
  /** Epoch seconds; items that age out (tokens, counters, delivery logs, outbox events) set it. */
  timeToLiveAttribute: 'expiresAt',
  /** The outbox forwarder reads new items from the stream. */
  streamView: 'NEW_AND_OLD_IMAGES',
} as const;

export type IndexName = (typeof tableDesign.globalIndexes)[number]['indexName'];

/** The CreateTable request the local runtime and integration tests use. */
export const createTableInput = (tableName: string) => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST' as const,
  AttributeDefinitions: [tableDesign.partitionKey, tableDesign.sortKey, ...tableDesign.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey])].map(
    (name) => ({ AttributeName: name, AttributeType: 'S' as const }),
  ),
  KeySchema: [
    { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' as const },
    { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' as const },
  ],
  GlobalSecondaryIndexes: tableDesign.globalIndexes.map((index) => ({
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  })),
  StreamSpecification: { StreamEnabled: true, StreamViewType: tableDesign.streamView },
});
