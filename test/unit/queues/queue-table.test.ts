import type { SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { detailTypesOf, eventPatternOf, eventRuleProblems, eventRules } from '../../../functions/event-rules';
import { consumerTimeoutSeconds, type QueueDefinition, queueTableProblems, queues } from '../../../functions/queues';
import { failedMessageIds } from '../../../infra/local/queue-poller';
import { ConfigError } from '../../../shared/config/load-config';
import { eventCatalogue, eventTypes } from '../../../shared/events/event-catalogue';
import { queueLocationsFromEnvironment, queueUrlFromEnvironment } from '../../../shared/queues/queue-environment';
import { clampSeconds, MAX_DELAY_SECONDS, MAX_VISIBILITY_SECONDS } from '../../../shared/queues/queue-port';
import { deadLetterQueueUrlVariable, isQueueName, localDeadLetterQueueName, queueUrlVariable } from '../../../shared/queues/queue-names';

const row: QueueDefinition = { name: 'webhook-delivery', handler: 'webhooks/deliver', visibilityTimeoutSeconds: 180, maxReceiveCount: 8, batchSize: 10 };

describe('queue names', () => {
  it('make one environment variable per queue and per DLQ, and a local DLQ name', () => {
    expect(queueUrlVariable('webhook-delivery')).toBe('QUEUE_URL_WEBHOOK_DELIVERY');
    expect(deadLetterQueueUrlVariable('webhook-delivery')).toBe('DLQ_URL_WEBHOOK_DELIVERY');
    expect(localDeadLetterQueueName('webhook-delivery')).toBe('webhook-delivery-dlq');
  });

  it('are lower-case words joined by hyphens, short enough for a -dlq suffix', () => {
    expect(['fan-out', 'a', 'v2-events'].every(isQueueName)).toBe(true);
    expect(['Fan-out', 'fan_out', '-x', 'x-', 'a--b', '', 'x'.repeat(61)].some(isQueueName)).toBe(false);
    expect(() => queueUrlVariable('Bad Name')).toThrow(/lower-case words/);
  });
});

describe('retry waits', () => {
  it("are whole seconds within SQS's limits: 15 minutes of delay, 12 hours of visibility", () => {
    expect(clampSeconds(5000, MAX_DELAY_SECONDS)).toBe(900);
    expect(clampSeconds(50_000, MAX_VISIBILITY_SECONDS)).toBe(43_200);
    expect(clampSeconds(-3, MAX_VISIBILITY_SECONDS)).toBe(0);
    expect(clampSeconds(4.2, MAX_DELAY_SECONDS)).toBe(5);
  });
});

describe('queue locations from the environment', () => {
  const env = {
    QUEUE_NAMES: 'fan-out,webhook-delivery',
    QUEUE_URL_FAN_OUT: 'https://sqs/1/fan',
    DLQ_URL_FAN_OUT: 'https://sqs/1/fan-dlq',
    QUEUE_URL_WEBHOOK_DELIVERY: 'https://sqs/1/del',
    DLQ_URL_WEBHOOK_DELIVERY: 'https://sqs/1/del-dlq',
  };

  it('lists the granted queues in table order with their DLQs', () => {
    expect(queueLocationsFromEnvironment(env)).toEqual([
      { name: 'fan-out', url: 'https://sqs/1/fan', deadLetterUrl: 'https://sqs/1/fan-dlq' },
      { name: 'webhook-delivery', url: 'https://sqs/1/del', deadLetterUrl: 'https://sqs/1/del-dlq' },
    ]);
    expect(queueUrlFromEnvironment('fan-out', env)).toBe('https://sqs/1/fan');
  });

  it('is empty for an empty table (no variable, or an empty one)', () => {
    expect(queueLocationsFromEnvironment({})).toEqual([]);
    expect(queueLocationsFromEnvironment({ QUEUE_NAMES: '' })).toEqual([]);
  });

  it('names each missing variable, never a value', () => {
    const { DLQ_URL_WEBHOOK_DELIVERY: _, ...missing } = env;
    expect(() => queueLocationsFromEnvironment(missing)).toThrow(ConfigError);
    expect(() => queueLocationsFromEnvironment(missing)).toThrow(/DLQ_URL_WEBHOOK_DELIVERY: is required/);
    expect(() => queueUrlFromEnvironment('other', env)).toThrow(/QUEUE_URL_OTHER: is required/);
    expect(() => queueLocationsFromEnvironment({ QUEUE_NAMES: 'Bad Name' })).toThrow(/not a queue name/);
  });
});

describe('the queue table', () => {
  it('is valid as written', () => {
    expect(queueTableProblems(queues)).toEqual([]);
  });

  it('refuses what CDK or SQS would refuse', () => {
    expect(queueTableProblems([row])).toEqual([]);
    const problems = queueTableProblems([
      row,
      row,
      { ...row, name: 'Bad' },
      { ...row, name: 'short', visibilityTimeoutSeconds: 5 },
      { ...row, name: 'long', visibilityTimeoutSeconds: 43_201 },
      { ...row, name: 'receives', maxReceiveCount: 0 },
      { ...row, name: 'batch', batchSize: 11 },
      { ...row, name: 'alone', maxConcurrency: 1 },
      { ...row, name: 'crowd', maxConcurrency: 1001 },
      { ...row, name: 'half', maxConcurrency: 2.5 },
      { ...row, name: 'two', maxConcurrency: 2 },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/"webhook-delivery" is in the table twice/),
      expect.stringMatching(/"Bad": the name/),
      expect.stringMatching(/"short": visibilityTimeoutSeconds/),
      expect.stringMatching(/"long": visibilityTimeoutSeconds/),
      expect.stringMatching(/"receives": maxReceiveCount/),
      expect.stringMatching(/"batch": batchSize/),
      expect.stringMatching(/"alone": maxConcurrency must be a whole number from 2 to 1000/),
      expect.stringMatching(/"crowd": maxConcurrency/),
      expect.stringMatching(/"half": maxConcurrency/),
    ]);
  });

  it("gives each consumer a sixth of its visibility, at most Lambda's 15 minutes", () => {
    expect(consumerTimeoutSeconds(row)).toBe(30);
    expect(consumerTimeoutSeconds({ name: 'long', visibilityTimeoutSeconds: 43_200 })).toBe(900);
    expect(() => consumerTimeoutSeconds({ name: 'tight', visibilityTimeoutSeconds: 5 })).toThrow(/at least 6 seconds/);
  });
});

describe('the event rule table', () => {
  it('is valid against the queue table as written', () => {
    expect(eventRuleProblems(eventRules, queues.map(({ name }) => name))).toEqual([]);
  });

  it('selects by audience from the catalogue, or by a list of detail-types', () => {
    const customer = detailTypesOf({ events: { audience: 'customer' } });
    expect(customer).toContain('subscription.created');
    expect(customer).not.toContain('worker.offline');
    expect(customer).toEqual(eventTypes.filter((type) => eventCatalogue[type].audience === 'customer'));
    expect(eventPatternOf({ events: { detailTypes: ['worker.offline'] } })).toEqual({ source: ['paas.platform'], detailType: ['worker.offline'] });
  });

  it('refuses a rule to a queue the table lacks, an unknown detail-type, or one that selects nothing', () => {
    const base = { name: 'r', description: 'd', queue: 'fan-out' };
    expect(eventRuleProblems([{ ...base, events: { audience: 'customer' } }], ['fan-out'])).toEqual([]);
    expect(eventRuleProblems([{ ...base, events: { audience: 'customer' } }], [])).toEqual([expect.stringMatching(/targets queue "fan-out"/)]);
    expect(eventRuleProblems([{ ...base, events: { detailTypes: ['nope.never' as never] } }], ['fan-out'])).toEqual([
      expect.stringMatching(/selects no event/),
      expect.stringMatching(/names "nope.never"/),
    ]);
  });
});

describe("a consumer's answer, read as Lambda reads it", () => {
  const records = ['m1', 'm2', 'm3'].map((messageId) => ({ messageId }) as SQSRecord);

  it('fails nothing on success, the named messages on a partial failure, and everything on a throw', () => {
    expect(failedMessageIds(records, { result: undefined })).toEqual(new Set());
    expect(failedMessageIds(records, { result: { batchItemFailures: [] } })).toEqual(new Set());
    expect(failedMessageIds(records, { result: { batchItemFailures: [{ itemIdentifier: 'm2' }] } })).toEqual(new Set(['m2']));
    expect(failedMessageIds(records, { error: new Error('x') })).toEqual(new Set(['m1', 'm2', 'm3']));
  });

  it('fails the whole batch when a failure names no message of it', () => {
    expect(failedMessageIds(records, { result: { batchItemFailures: [{ itemIdentifier: 'other' }] } }).size).toBe(3);
    expect(failedMessageIds(records, { result: { batchItemFailures: [{ itemIdentifier: '' }] } }).size).toBe(3);
    expect(failedMessageIds(records, { result: { batchItemFailures: 'm1' } }).size).toBe(3);
  });
});
