import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { randomUUID } from 'node:crypto';
import { detailTypesOf, type EventRuleDefinition, eventRuleProblems } from '../../functions/event-rules';
import { toBusEnvelope } from '../../shared/events/bus-envelope';
import type { LocalEventBus } from './local-event-bus';
import type { LocalQueues } from './local-queues';
import { jsonMessageBody } from '../../shared/queues/json-message-body';

/** The account id local ARNs carry (fauxqs's, and the local Lambda contexts'). */
const LOCAL_ACCOUNT = '000000000000';

/**
 * The event rule table on the local bus: each event a rule selects is sent to the rule's queue in the
 * envelope EventBridge delivers to an SQS target, with a new envelope id per delivery as EventBridge gives.
 * A failed send fails the publish, so the outbox forwarder retries it, as EventBridge retries a target.
 * Returns the unsubscribe.
 */
export const connectEventRules = (options: { bus: LocalEventBus; rules: readonly EventRuleDefinition[]; queues: LocalQueues; region: string }) => {
  const problems = eventRuleProblems(
    options.rules,
    options.queues.queues.map(({ name }) => name),
  );
  if (problems.length) throw new Error(problems.join('\n'));
  const routes = options.rules.map((rule) => ({ types: new Set<string>(detailTypesOf(rule)), queueUrl: options.queues.get(rule.queue).url }));
  return options.bus.subscribe(async (event) => {
    for (const route of routes) {
      if (!route.types.has(event.type)) continue;
      const envelope = toBusEnvelope(event, { id: randomUUID(), account: LOCAL_ACCOUNT, region: options.region });
      await options.queues.sqs.send(new SendMessageCommand({ QueueUrl: route.queueUrl, MessageBody: jsonMessageBody(JSON.stringify(envelope)) }));
    }
  });
};
