import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventRuleDefinition } from '../../functions/event-rules';
import { consumerTimeoutSeconds, type QueueDefinition, queueTableProblems } from '../../functions/queues';
import { loadHandler } from './handler-loader';
import { lambdaContext } from './lambda-context';
import type { LocalEventBus } from './local-event-bus';
import { connectEventRules } from './local-event-rules';
import { type LocalQueues, startLocalQueues } from './local-queues';
import { type QueueHandler, startQueuePoller } from './queue-poller';

export interface LocalQueueRuntimeOptions {
  bus: LocalEventBus;
  queues: readonly QueueDefinition[];
  rules: readonly EventRuleDefinition[];
  region: string;
  /** Consumers by handler module, instead of the module's own `handler` (tests' fixture handlers). */
  handlers?: Readonly<Record<string, QueueHandler>>;
  /** Long-poll wait of the pollers (default 20 s, as Lambda's). */
  waitTimeSeconds?: number;
  /**
   * Batches each queue's consumer handles side by side (default 1), within the row's maxConcurrency as in
   * AWS; Lambda scales a consumer without one out much further.
   */
  pollerConcurrency?: number;
}

export interface LocalQueueRuntime extends LocalQueues {
  /** Batches each queue's consumer has been handed, by queue name. */
  batches(): Record<string, number>;
  /**
   * Waits until no queue has a message to receive (visible or delayed) and no consumer a batch in hand:
   * what was queued so far has been handled. Messages waiting out a retry's visibility are not waited for.
   */
  drain(timeoutMs?: number): Promise<void>;
}

/**
 * The SQS side of the platform on this machine (DESIGN section 6): the queue table on fauxqs, the event
 * rules from the local bus to those queues, and one poller per queue feeding its consumer. The caller sets
 * `environment` into process.env so handlers find the endpoint and the URLs. Stopping stops the pollers
 * (each finishes the batch in hand), then the rules, then the server.
 */
export const startLocalQueueRuntime = async (options: LocalQueueRuntimeOptions): Promise<LocalQueueRuntime> => {
  const problems = queueTableProblems(options.queues);
  if (problems.length) throw new Error(problems.join('\n'));
  const local = await startLocalQueues({ queues: options.queues, region: options.region });
  let unsubscribe: (() => void) | undefined;
  const pollers: { name: string; poller: ReturnType<typeof startQueuePoller> }[] = [];
  const stop = async () => {
    await Promise.all(pollers.map(({ poller }) => poller.stop()));
    unsubscribe?.();
    await local.stop();
  };

  try {
    const disconnect = connectEventRules({ bus: options.bus, rules: options.rules, queues: local, region: options.region });
    unsubscribe = () => void disconnect();
    for (const queue of local.queues) {
      const { definition } = queue;
      const invoke = options.handlers?.[definition.handler] ?? ((await loadHandler(definition.handler)) as QueueHandler);
      const timeoutMs = consumerTimeoutSeconds(definition) * 1000;
      pollers.push({
        name: queue.name,
        poller: startQueuePoller({
          sqs: local.sqs,
          queue: { name: queue.name, url: queue.url, arn: queue.arn, batchSize: definition.batchSize },
          region: options.region,
          invoke,
          context: () => lambdaContext(definition.handler.replaceAll('/', '-'), timeoutMs),
          waitTimeSeconds: options.waitTimeSeconds,
          // As far as Lambda would scale the consumer out: the runtime's setting, within the row's maximum.
          concurrency: Math.min(options.pollerConcurrency ?? 1, definition.maxConcurrency ?? Infinity),
        }),
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    ...local,
    batches: () => Object.fromEntries(pollers.map(({ name, poller }) => [name, poller.batches()])),
    async drain(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      const idle = async () => {
        if (pollers.some(({ poller }) => poller.inHand() > 0)) return false;
        const depths = await Promise.all(
          local.queues.map(async ({ url }) => (await local.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesDelayed'] }))).Attributes ?? {}),
        );
        return depths.every((attributes) => Number(attributes.ApproximateNumberOfMessages ?? 0) === 0 && Number(attributes.ApproximateNumberOfMessagesDelayed ?? 0) === 0);
      };
      // Idle twice in a row: a batch just received is not yet counted in hand for an instant.
      for (let streak = 0; streak < 2; ) {
        if (Date.now() > deadline) throw new Error(`the local queues did not drain within ${timeoutMs} ms`);
        streak = (await idle()) ? streak + 1 : 0;
        await sleep(20);
      }
    },
    stop,
  };
};
