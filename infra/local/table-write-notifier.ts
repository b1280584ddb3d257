import type { DocumentClient } from '../../shared/aws/dynamodb';

/** The operations that add records to the table's stream. */
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem', 'ExecuteStatement', 'ExecuteTransaction', 'BatchExecuteStatement']);

/**
 * Calls `onWrite` after every write a client sends succeeds. The local runtime's handlers run in its process
 * and share the client of `dynamoDocumentClient()`, so attached there this sees every write they make; the
 * stream pollers then read the records at once instead of at their next interval (infra/local/stream-poller.ts).
 * Returns the detach.
 */
export const notifyTableWrites = (client: DocumentClient, onWrite: () => void): (() => void) =>
  client.use((next) => async (request) => {
    const output = await next(request);
    if (WRITES.has(request.operation)) onWrite();
    return output;
  });
