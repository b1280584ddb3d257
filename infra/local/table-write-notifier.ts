import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The operations that add records to the table's stream. */
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem', 'ExecuteStatement', 'ExecuteTransaction', 'BatchExecuteStatement']);

let attached = 0;

/**
 * Calls `onWrite` after every write a client sends succeeds. The local runtime's handlers run in its process
 * and share the client of `dynamoDocumentClient()`, so attached there this sees every write they make; the
 * stream pollers then read the records at once instead of at their next interval (infra/local/stream-poller.ts).
 * Returns the detach.
 */
export const notifyTableWrites = (client: DynamoDBDocumentClient, onWrite: () => void): (() => void) => {
  const name = `localTableWriteNotifier${++attached}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (WRITES.has((context.commandName ?? '').replace(/Command$/, ''))) onWrite();
      return result;
    },
    { step: 'initialize', name },
  );
  return () => void client.middlewareStack.remove(name);
};
