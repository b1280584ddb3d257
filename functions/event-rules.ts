import { EVENT_SOURCE, eventCatalogue, type EventType, eventTypes } from '../shared/events/event-catalogue';
import { notifiableEventTypes } from '../shared/notifications/notification-table';
import { WEBHOOK_FAN_OUT_QUEUE } from '../shared/webhooks/webhook-queues';

/**
 * The event rule table: which events of the platform bus go to which queue of the queue table
 * (functions/queues.ts). CDK makes an EventBridge rule with an SQS target of each row; the local runtime
 * (infra/local/local-event-rules.ts) sends the same events, in the same envelope EventBridge delivers, to
 * the same queue on fauxqs. The queue's consumer parses that envelope with shared/events/bus-envelope.ts.
 */
export interface EventRuleDefinition {
  /** Lower-case words joined by hyphens; names the CDK rule. */
  name: string;
  description: string;
  /** By audience (every `customer` event, say, now and as the catalogue grows), or a list of detail-types. */
  events: { audience: 'customer' | 'platform' } | { detailTypes: readonly EventType[] };
  /** The `name` of a row of the queue table. */
  queue: string;
}

export const eventRules: readonly EventRuleDefinition[] = [
  {
    name: 'customer-notifications',
    description: 'Customer events that make a notification (never notification.created itself)',
    events: { detailTypes: notifiableEventTypes },
    queue: 'notifications',
  },
  // Webhooks: customers' endpoints get customer events, administrators' endpoints platform events.
  { name: 'webhook-customer-events', description: 'Every customer event to the webhook fan-out', events: { audience: 'customer' }, queue: WEBHOOK_FAN_OUT_QUEUE },
  { name: 'webhook-platform-events', description: 'Every platform event to the webhook fan-out (administrators’ endpoints)', events: { audience: 'platform' }, queue: WEBHOOK_FAN_OUT_QUEUE },
];

/** The detail-types a rule takes, in catalogue order. */
export const detailTypesOf = (rule: Pick<EventRuleDefinition, 'events'>): EventType[] => {
  const { events } = rule;
  return 'audience' in events
    ? eventTypes.filter((type) => eventCatalogue[type].audience === events.audience)
    : eventTypes.filter((type) => events.detailTypes.includes(type));
};

/** The EventBridge event pattern of a rule; the local bus matches with detailTypesOf, which is the same set. */
export const eventPatternOf = (rule: Pick<EventRuleDefinition, 'events'>) => ({
  source: [EVENT_SOURCE],
  detailType: detailTypesOf(rule),
});

/**
 * A rule must name a row of the queue table and select at least one known event: checked by CDK and by the
 * local runtime when they start, so a typo never yields a rule that silently routes nothing.
 */
export const eventRuleProblems = (rules: readonly EventRuleDefinition[], queueNames: readonly string[]): string[] =>
  rules.flatMap((rule) => [
    ...(queueNames.includes(rule.queue) ? [] : [`Event rule "${rule.name}" targets queue "${rule.queue}", which the queue table does not have.`]),
    ...(detailTypesOf(rule).length ? [] : [`Event rule "${rule.name}" selects no event of the catalogue.`]),
    ...('detailTypes' in rule.events
      ? rule.events.detailTypes
          .filter((type) => !(type in eventCatalogue))
          .map((type) => `Event rule "${rule.name}" names "${type}", which is not in the event catalogue.`)
      : []),
  ]);
