import type { DocumentClient } from '../../shared/aws/dynamodb';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { loadHandler } from '../../infra/local/handler-loader';
import type { QueueHandler } from '../../infra/local/queue-poller';

/**
 * Test-only ways to make a Lambda die after its write and before its reply, so the runtime retries what it
 * was given. Nothing here is in the platform's code: the crashes wrap a consumer from the outside (the local
 * runtime's `queueHandlers` option) or sit in the SDK client's middleware stack of the test process.
 */

export class InjectedCrash extends Error {
  override name = 'InjectedCrash';
}

/**
 * A queue consumer that runs the real handler module over the whole batch (every write it makes lands),
 * then dies instead of answering, once for each message `crashFor` picks: the batch is not deleted and comes
 * back after the queue's visibility timeout, as after a Lambda crash.
 */
export const crashingAfterRun = (handlerModule: string, crashFor: (record: SQSRecord) => boolean) => {
  const crashedFor = new Set<string>();
  const seen = new Map<string, number>();
  const handler: QueueHandler = async (event: SQSEvent, context) => {
    const real = await loadHandler(handlerModule);
    const result = await real(event, context as never);
    for (const record of event.Records) seen.set(record.body, (seen.get(record.body) ?? 0) + 1);
    const victim = event.Records.find((record) => crashFor(record) && !crashedFor.has(record.body));
    if (victim) {
      crashedFor.add(victim.body);
      throw new InjectedCrash(`${handlerModule} died after its writes, before answering`);
    }
    return result;
  };
  return {
    handler,
    /** Crashes so far. */
    crashes: () => crashedFor.size,
    /** How many times the real handler has run a message whose body passes `matches`. */
    runs: (matches: (body: string) => boolean) => [...seen].filter(([body]) => matches(body)).reduce((sum, [, count]) => sum + count, 0),
  };
};

/**
 * Makes the next DynamoDB request `matches` picks succeed and then throw in the caller, as if the function
 * died right after the write: the write is committed and the handler never gets to answer. Added to the
 * client's middleware, outside its retries, so nothing retries it but the caller. Returns how to remove it.
 */
export const crashAfterNextWrite = (client: DocumentClient, matches: (input: unknown) => boolean) => {
  let armed = true;
  const remove = client.use((next) => async (request) => {
    const output = await next(request);
    if (armed && matches(request.input)) {
      armed = false;
      throw new InjectedCrash('the function died after its write, before answering');
    }
    return output;
  });
  return {
    fired: () => !armed,
    remove,
  };
};
