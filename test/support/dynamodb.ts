import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DocumentClient } from '../../shared/aws/dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../infra/local/dynamodb-local';
import { ensureTable } from '../../infra/local/local-table';
import { clientConfig } from '../../shared/aws/clients';

/**
 * The platform's table for one integration test file: in a DynamoDB Local started for the file, or, when
 * AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_DYNAMODB) points somewhere such as LocalStack, in a uniquely named
 * table there, deleted afterwards.
 */
export const useDynamoDbTable = (name = 'integration') => {
  let dynamo: DynamoDbLocal | undefined;
  let client: DynamoDBClient | undefined;
  let doc: DocumentClient | undefined;
  let endpoint = '';
  const external = clientConfig('DYNAMODB').endpoint;
  const tableName = external ? `${name}-${randomUUID().slice(0, 8)}` : name;
  beforeAll(async () => {
    if (external) endpoint = external;
    else endpoint = (dynamo = await startDynamoDbLocal()).endpoint;
    client = new DynamoDBClient({
      endpoint,
      region: process.env.AWS_REGION ?? 'us-east-1',
      ...(external ? {} : { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    });
    doc = new DocumentClient({
      endpoint,
      region: process.env.AWS_REGION ?? 'us-east-1',
      ...(external ? {} : { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    });
    await ensureTable(client, tableName);
  });
  afterAll(async () => {
    if (external) await client?.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
    client?.destroy();
    await dynamo?.stop();
  });
  return () => {
    if (!client || !doc) throw new Error('the table is not ready yet');
    return { endpoint, client, doc, tableName };
  };
};
