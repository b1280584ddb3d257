import { Annotations } from 'aws-cdk-lib';
import { queueAdministrators } from '../../../functions/queues';
import { deadLetterQueueUrlVariable, QUEUE_NAMES_VARIABLE, queueUrlVariable } from '../../../shared/queues/queue-names';
import type { PlatformFunction } from './platform-function';
import type { PlatformQueues } from './queues';

/**
 * Gives the functions that use queues without consuming them their URLs and the least rights that use
 * needs: a row's `senders` may send to that queue; the queue administrators (functions/queues.ts) may read
 * every queue's and DLQ's depth, and the redriver may also receive and delete from the DLQs and send to the
 * queues. Call it once every table has made its functions. A name no table uses is a synth warning
 * (`cdk synth --strict` fails on it): a stale name, or a handler not routed yet.
 */
export const grantQueueAccess = (
  platformQueues: PlatformQueues,
  functions: readonly PlatformFunction[],
  administrators: Readonly<Record<string, 'inspect' | 'redrive'>> = queueAdministrators,
): void => {
  const find = (handler: string, why: string) => {
    const fn = functions.find(({ handlerModules }) => handlerModules.includes(handler));
    if (!fn) Annotations.of(platformQueues).addWarningV2('paas:unused-queue-user', `${why} names "${handler}", which no route, schedule, queue or stream consumer uses.`);
    return fn;
  };

  for (const { definition, queue } of platformQueues.queues) {
    for (const sender of definition.senders ?? []) {
      const fn = find(sender, `Queue "${definition.name}" senders`);
      if (!fn) continue;
      queue.grantSendMessages(fn.function);
      fn.function.addEnvironment(queueUrlVariable(definition.name), queue.queueUrl);
    }
  }

  for (const [handler, level] of Object.entries(administrators)) {
    const fn = find(handler, 'queueAdministrators');
    if (!fn || platformQueues.queues.length === 0) continue;
    fn.function.addEnvironment(QUEUE_NAMES_VARIABLE, platformQueues.queues.map(({ definition }) => definition.name).join(','));
    for (const { definition, queue, deadLetterQueue } of platformQueues.queues) {
      fn.function.addEnvironment(queueUrlVariable(definition.name), queue.queueUrl);
      fn.function.addEnvironment(deadLetterQueueUrlVariable(definition.name), deadLetterQueue.queueUrl);
      if (level === 'redrive') {
        deadLetterQueue.grant(fn.function, 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes');
        queue.grant(fn.function, 'sqs:SendMessage', 'sqs:GetQueueAttributes');
      } else {
        deadLetterQueue.grant(fn.function, 'sqs:GetQueueAttributes');
        queue.grant(fn.function, 'sqs:GetQueueAttributes');
      }
    }
  }
};
