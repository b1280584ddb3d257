import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const NAME = 'testRequestCounter';

/**
 * Records the DynamoDB operations sent through a document client (`GetItem`, `TransactWriteItems`, …), one
 * per command, in order: what a piece of code costs in requests, counted against DynamoDB Local.
 */
export const attachRequestCounter = (client: DynamoDBDocumentClient) => {
  let operations: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      operations.push((context.commandName ?? 'Unknown').replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: NAME, priority: 'high', override: true },
  );
  return {
    /** The operations recorded since the last take, and a fresh start. */
    take(): string[] {
      const taken = operations;
      operations = [];
      return taken;
    },
    detach(): void {
      client.middlewareStack.remove(NAME);
    },
  };
};

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
