import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../infra/local/dynamodb-local';
import { ensureTable } from '../../infra/local/local-table';

/** DynamoDB Local in memory with the platform's table, for one integration test file. */
export const useDynamoDbTable = (tableName = 'integration') => {
  let dynamo: DynamoDbLocal | undefined;
  let client: DynamoDBClient | undefined;
  let doc: DynamoDBDocumentClient | undefined;
  beforeAll(async () => {
    dynamo = await startDynamoDbLocal();
    client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    await ensureTable(client, tableName);
  });
  afterAll(async () => {
    client?.destroy();
    await dynamo?.stop();
  });
  return () => {
    if (!dynamo || !client || !doc) throw new Error('DynamoDB Local is not started yet');
    return { endpoint: dynamo.endpoint, client, doc, tableName };
  };
};
