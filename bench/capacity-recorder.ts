import type { DocumentClient } from '../shared/aws/dynamodb';
import { localInvocation } from '../infra/local/local-invocation';

export interface RecordedCommand {
  /** The low-level operation (`Query`, `GetItem`, `TransactWriteItems`), whichever client call made it. */
  operation: string;
  capacityUnits: number;
  error?: string;
  /** The command's input as the caller gave it (document-client form, before ReturnConsumedCapacity). */
  input: Record<string, unknown>;
  /** The local queue consumer (its queue's name) or scheduled job that sent it; absent for anything else. */
  invocation?: string;
}

/** Operations that accept ReturnConsumedCapacity. */
const withCapacity = new Set([
  'GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem',
  'TransactGetItems', 'TransactWriteItems', 'ExecuteStatement', 'BatchExecuteStatement', 'ExecuteTransaction',
]);

interface ConsumedCapacity {
  CapacityUnits?: number;
}
const unitsOf = (consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number =>
  [consumed ?? []].flat().reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);

/**
 * Counts every command sent through a client and sums its consumed capacity, forcing
 * ReturnConsumedCapacity TOTAL. The local platform's handlers run in this process and share the client of
 * `dynamoDocumentClient()`, so attaching it there sees exactly what an API operation sends. The local queue
 * consumers share it too (the webhook fan-out and deliveries, notifications: work the events of a request
 * set off, in AWS other functions'); their commands are left out unless `queueConsumers` is set.
 */
export const attachCapacityRecorder = (client: DocumentClient, options: { queueConsumers?: boolean } = {}) => {
  let recorded: RecordedCommand[] = [];
  const detach = client.use((next) => async (request) => {
    const invocation = localInvocation.getStore()?.name;
    if (!options.queueConsumers && invocation) return next(request);
    const { operation } = request;
    const input = withCapacity.has(operation) ? { ...request.input, ReturnConsumedCapacity: 'TOTAL' } : request.input;
    try {
      const output = await next({ operation, input });
      recorded.push({ operation, capacityUnits: unitsOf(output.ConsumedCapacity as ConsumedCapacity | ConsumedCapacity[] | undefined), input: request.input, ...(invocation ? { invocation } : {}) });
      return output;
    } catch (error) {
      recorded.push({ operation, capacityUnits: 0, error: error instanceof Error ? error.name : String(error), input: request.input, ...(invocation ? { invocation } : {}) });
      throw error;
    }
  });
  return {
    /** The commands recorded since the last take, and a fresh start. */
    take(): RecordedCommand[] {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    detach,
  };
};
