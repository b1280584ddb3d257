import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * A client of DynamoDB Local at `endpoint` whose first answer is lost after DynamoDB applied the write, as a
 * request timeout under load does: the SDK's retry then meets what its first attempt wrote.
 */
export const clientLosingFirstAnswer = (endpoint: string) => {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 3 });
  let calls = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      if (++calls === 1) throw Object.assign(new Error('Request timed out'), { name: 'TimeoutError', $metadata: {} });
      return result;
    },
    { step: 'deserialize', name: 'loseFirstAnswer' },
  );
  return { doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }), attempts: () => calls, destroy: () => client.destroy() };
};
