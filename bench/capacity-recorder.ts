import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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

const NAME = 'benchConsumedCapacity';

/**
 * Counts every command sent through a client and sums its consumed capacity, forcing
 * ReturnConsumedCapacity TOTAL. The local platform's handlers run in this process and share the client of
 * `dynamoDocumentClient()`, so attaching it there sees exactly what an API operation sends. The local queue
 * consumers share it too (the webhook fan-out and deliveries, notifications: work the events of a request
 * set off, in AWS other functions'); their commands are left out unless `queueConsumers` is set.
 */
export const attachCapacityRecorder = (client: DynamoDBDocumentClient, options: { queueConsumers?: boolean } = {}) => {
  let recorded: RecordedCommand[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const invocation = localInvocation.getStore()?.name;
      if (!options.queueConsumers && invocation) return next(args);
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const input = withCapacity.has(operation) ? { ...(args.input as object), ReturnConsumedCapacity: 'TOTAL' } : args.input;
      try {
        const result = await next({ ...args, input });
        const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] };
        recorded.push({ operation, capacityUnits: unitsOf(output.ConsumedCapacity), input: args.input as Record<string, unknown>, ...(invocation ? { invocation } : {}) });
        return result;
      } catch (error) {
        recorded.push({ operation, capacityUnits: 0, error: error instanceof Error ? error.name : String(error), input: args.input as Record<string, unknown>, ...(invocation ? { invocation } : {}) });
        throw error;
      }
    },
    { step: 'initialize', name: NAME, priority: 'high', override: true },
  );
  return {
    /** The commands recorded since the last take, and a fresh start. */
    take(): RecordedCommand[] {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    detach(): void {
      client.middlewareStack.remove(NAME);
    },
  };
};
