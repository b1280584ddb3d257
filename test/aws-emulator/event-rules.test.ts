/**
 * Issue 17, "EventBridge rules as deployed": the event rules of the templates `cdk synth` writes (root and
 * nested, read back from the files, not from functions/event-rules.ts) are made on moto's EventBridge, each
 * target standing in as one moto SQS queue, and every event of the catalogue, put on the bus by the
 * platform's own publisher (shared/events/eventbridge-publisher.ts through shared/aws/clients.ts, reaching
 * moto through AWS_ENDPOINT_URL), must land in exactly the queues the templates' rules name. Which rules
 * take an event is worked out separately from the template patterns (support/event-pattern.ts), so moto's
 * routing is checked, not trusted.
 */
import { EventBridgeClient, CreateEventBusCommand, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, type Message, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MOTO_ACCOUNT_ID } from '../../infra/aws-emulator/start-moto';
import { eventBridgeClient } from '../../shared/aws/eventbridge-client';
import { eventFromBusEnvelope, toBusEnvelope } from '../../shared/events/bus-envelope';
import type { DomainEvent } from '../../shared/events/domain-event';
import { EVENT_SOURCE, type EventType, eventTypes } from '../../shared/events/event-catalogue';
import { eventBridgePublisher } from '../../shared/events/eventbridge-publisher';
import { type FoundResource, type PlatformCloudAssembly, resourceKey, synthesizePlatformAssembly } from './support/cloud-assembly';
import { eventPatternMatches } from './support/event-pattern';
import { EMULATOR_REGION, emulatorClientConfig, useMoto, withEmulatorEnvironment } from './support/moto';
import { sampleEventOf } from './support/sample-events';

const emulator = useMoto();

interface RuleTarget {
  id: string;
  /** The resource the target's Arn names, followed through nested stacks. */
  resource: FoundResource & { attribute: string };
  /** Fields that would change what the target receives; the consumers expect the whole envelope. */
  reshaping: string[];
}

interface TemplateRule {
  file: string;
  logicalId: string;
  busName: string;
  pattern: Record<string, unknown>;
  state: string;
  targets: RuleTarget[];
}

/** A bus name as a rule's EventBusName or a function's EVENT_BUS_NAME holds it: a name, an ARN, or a Ref to the bus. */
const busNameOf = (assembly: PlatformCloudAssembly, file: string, value: unknown): string => {
  if (value === undefined) return 'default';
  if (typeof value === 'string') return value.startsWith('arn:') ? value.slice(value.indexOf(':event-bus/') + ':event-bus/'.length) : value;
  const bus = assembly.resolve(file, value);
  // Ref of an AWS::Events::EventBus is its Name.
  if (bus.resource.Type !== 'AWS::Events::EventBus' || bus.attribute !== 'Ref') throw new Error(`${JSON.stringify(value)} in ${file} is ${bus.attribute} of a ${bus.resource.Type}, not an event bus name.`);
  const name = bus.resource.Properties?.Name;
  if (typeof name !== 'string') throw new Error(`Event bus ${bus.logicalId} has no literal Name (${JSON.stringify(name)}).`);
  return name;
};

/** The bus the platform publishes to: EVENT_BUS_NAME of its functions, as the templates set it. */
const publishedBusNames = (assembly: PlatformCloudAssembly): Set<string> =>
  new Set(
    assembly
      .resourcesOfType('AWS::Lambda::Function')
      .filter(({ resource }) => resource.Properties?.Environment?.Variables?.EVENT_BUS_NAME !== undefined)
      .map(({ file, resource }) => busNameOf(assembly, file, resource.Properties!.Environment.Variables.EVENT_BUS_NAME)),
  );

const templateRulesOf = (assembly: PlatformCloudAssembly): TemplateRule[] =>
  assembly
    .resourcesOfType('AWS::Events::Rule')
    // Schedules are rules too, with a ScheduleExpression instead (schedules.test.ts).
    .filter(({ resource }) => resource.Properties?.EventPattern !== undefined)
    .map(({ file, logicalId, resource }) => {
      const properties = resource.Properties!;
      const pattern = typeof properties.EventPattern === 'string' ? JSON.parse(properties.EventPattern) : properties.EventPattern;
      return {
        file,
        logicalId,
        busName: busNameOf(assembly, file, properties.EventBusName),
        pattern,
        // CloudFormation's default State is ENABLED.
        state: properties.State ?? 'ENABLED',
        targets: ((properties.Targets ?? []) as Array<Record<string, unknown>>).map((target) => ({
          id: String(target.Id),
          resource: assembly.resolve(file, target.Arn),
          reshaping: ['Input', 'InputPath', 'InputTransformer'].filter((field) => target[field] !== undefined),
        })),
      };
    });

/** What a consumer reads of a queue: each message's body, parsed. */
type Delivered = Array<{ body: unknown }>;

describe('the EventBridge rules of the synthesized templates, on moto', () => {
  const sqs = () => new SQSClient(emulatorClientConfig(emulator().endpoint));
  let assembly: PlatformCloudAssembly;
  let platformBus: string;
  let rules: TemplateRule[];
  /** resourceKey of each target resource → the moto queue standing for it. */
  const standIns = new Map<string, { name: string; url: string; arn: string }>();
  const published = new Map<EventType, DomainEvent>();
  /** Every message received from each stand-in queue, by resourceKey. */
  const received = new Map<string, Delivered>();

  const receiveAll = async (url: string, atLeast: number): Promise<Delivered> => {
    const messages: Message[] = [];
    // moto delivers to SQS targets inside PutEvents (see below), so everything is already there; the
    // deadline only keeps a slow machine from failing the count, and a missing message fails it after 30 s.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const batch = (await sqs().send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 600 }))).Messages ?? [];
      if (batch.length) {
        messages.push(...batch);
        await sqs().send(new DeleteMessageBatchCommand({ QueueUrl: url, Entries: batch.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle! })) }));
        continue;
      }
      if (messages.length >= atLeast || Date.now() > deadline) return messages.map((message) => ({ body: JSON.parse(message.Body!) }));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  /** Enabled rules on the platform bus that take `event`, by the oracle, as [rule, target] pairs. */
  const expectedDeliveries = (event: DomainEvent) => {
    const asBusSees = toBusEnvelope(event, { id: 'any', account: MOTO_ACCOUNT_ID, region: EMULATOR_REGION });
    return rules
      .filter((rule) => rule.busName === platformBus && rule.state === 'ENABLED' && eventPatternMatches(rule.pattern, asBusSees))
      .flatMap((rule) => rule.targets.map((target) => ({ rule, target })));
  };
  /** How many copies of `event` each stand-in queue should hold. */
  const expectedCounts = (event: DomainEvent): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const { target } of expectedDeliveries(event)) counts[resourceKey(target.resource)] = (counts[resourceKey(target.resource)] ?? 0) + 1;
    return counts;
  };

  beforeAll(async () => {
    assembly = synthesizePlatformAssembly();
    const busNames = publishedBusNames(assembly);
    if (busNames.size !== 1) throw new Error(`The functions publish to ${busNames.size} buses (${[...busNames].join(', ')}), expected one.`);
    platformBus = [...busNames][0]!;
    rules = templateRulesOf(assembly);

    const events = new EventBridgeClient(emulatorClientConfig(emulator().endpoint));
    for (const busName of new Set(rules.map((rule) => rule.busName).concat(platformBus))) {
      if (busName !== 'default') await events.send(new CreateEventBusCommand({ Name: busName }));
    }
    for (const rule of rules) {
      for (const target of rule.targets) {
        const key = resourceKey(target.resource);
        if (standIns.has(key)) continue;
        // One moto queue per target resource (the queue's logical id, unique across templates).
        const name = `${target.resource.logicalId.slice(0, 70)}-${standIns.size}`;
        const { QueueUrl } = await sqs().send(new CreateQueueCommand({ QueueName: name }));
        const { Attributes } = await sqs().send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
        standIns.set(key, { name, url: QueueUrl!, arn: Attributes!.QueueArn! });
      }
      // moto quirk (5.2.6, moto/events/models.py put_events → Rule.send_to_targets): a rule's State is never
      // read, so a DISABLED rule still delivers. A DISABLED rule of the templates is therefore not made on
      // moto at all, and the oracle leaves it out too (expectedDeliveries): it must deliver nothing.
      if (rule.state !== 'ENABLED') continue;
      const ruleName = `${rule.logicalId.slice(0, 56)}-${rules.indexOf(rule)}`;
      await events.send(new PutRuleCommand({ Name: ruleName, EventBusName: rule.busName, EventPattern: JSON.stringify(rule.pattern), State: 'ENABLED' }));
      if (rule.targets.length) {
        await events.send(
          new PutTargetsCommand({
            Rule: ruleName,
            EventBusName: rule.busName,
            Targets: rule.targets.map((target) => ({ Id: target.id, Arn: standIns.get(resourceKey(target.resource))!.arn })),
          }),
        );
      }
    }

    // Every event of the catalogue, once, put on the bus by the platform's own publisher and client. The
    // milliseconds of occurredAt check that EventBridge's whole-second `time` is what the consumer expects.
    const now = new Date('2031-02-03T04:05:06.789Z');
    for (const type of eventTypes) published.set(type, sampleEventOf(type, now));
    await withEmulatorEnvironment(emulator().endpoint, () => eventBridgePublisher(eventBridgeClient(), platformBus).publish([...published.values()]));

    for (const [key, queue] of standIns) {
      const atLeast = [...published.values()].reduce((sum, event) => sum + (expectedCounts(event)[key] ?? 0), 0);
      received.set(key, await receiveAll(queue.url, atLeast));
    }
    // A synth and moto's start take seconds; generous for a loaded machine.
  }, 180_000);

  it('reads the rules from every template file the synth wrote, on the one bus the platform functions publish to', () => {
    expect(assembly.templates.some(({ file }) => file.endsWith('.nested.template.json'))).toBe(true);
    expect(platformBus).toMatch(/\S/);
    expect(platformBus).not.toBe('default');
    expect(rules.filter((rule) => rule.busName === platformBus).length).toBeGreaterThan(0);
  });

  it('the template reader follows every parameter a parent passes to a nested template to the resource it names', () => {
    // What lets the rules, their bus and their queues sit in any template as the stack is split further.
    const passed = assembly.templates
      .filter(({ file }) => file.endsWith('.nested.template.json'))
      .flatMap(({ file, template }) => Object.keys(template.Parameters ?? {}).map((parameter) => ({ file, parameter })));
    expect(passed.length).toBeGreaterThan(0);
    for (const { file, parameter } of passed) {
      const resolved = assembly.resolve(file, { Ref: parameter });
      expect(resolved.resource.Type).not.toBe('AWS::CloudFormation::Stack');
      expect(assembly.templates.find((entry) => entry.file === resolved.file)?.template.Resources?.[resolved.logicalId]).toBe(resolved.resource);
    }
  });

  it('targets of the platform bus rules are SQS queues of the templates (by Arn) and get the whole event, not a reshaped one', () => {
    const targets = rules.filter((rule) => rule.busName === platformBus).flatMap((rule) => rule.targets.map((target) => ({ rule: rule.logicalId, ...target })));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect({ rule: target.rule, type: target.resource.resource.Type, attribute: target.resource.attribute, reshaping: target.reshaping }).toEqual({
        rule: target.rule,
        type: 'AWS::SQS::Queue',
        attribute: 'Arn',
        reshaping: [],
      });
    }
  });

  it('every event type of the catalogue is taken by at least one enabled rule of the templates', () => {
    const unrouted = eventTypes.filter((type) => expectedDeliveries(published.get(type)!).length === 0);
    expect(unrouted).toEqual([]);
  });

  it.each(eventTypes)('%s lands in exactly the queues its template rules name, once per rule, and in no other', (type) => {
    const event = published.get(type)!;
    const landed: Record<string, number> = {};
    for (const [key, messages] of received) {
      const copies = messages.filter(({ body }) => (body as { detail?: { eventId?: unknown } }).detail?.eventId === event.id).length;
      if (copies) landed[key] = copies;
    }
    expect(landed).toEqual(expectedCounts(event));
  });

  it('every delivered message is the EventBridge envelope the consumers parse back into the published event', () => {
    const byId = new Map([...published.values()].map((event) => [event.id, event]));
    const all = [...received.values()].flat();
    const expectedTotal = [...published.values()].reduce((sum, event) => sum + Object.values(expectedCounts(event)).reduce((a, b) => a + b, 0), 0);
    expect(all.length).toBe(expectedTotal);
    for (const { body } of all) {
      const detail = (body as { detail: { eventId: string } }).detail;
      const sent = byId.get(detail.eventId)!;
      // The envelope the local bus builds for the same event (shared/events/bus-envelope.ts), with EventBridge's
      // own id: the local runtime and EventBridge must hand consumers the same thing, `time` cut to whole seconds.
      const { account, ...withoutAccount } = toBusEnvelope(sent, { id: (body as { id: string }).id, account: MOTO_ACCOUNT_ID, region: EMULATOR_REGION });
      // moto quirk (5.2.6): an SQS target gets the event through moto's default input template
      // (moto/events/utils.py EventTemplateParser.DEFAULT_EVENT_INPUT_TEMPLATE), which has no "account" field,
      // though EventBridge's envelope always carries it. Everything else must be exactly what was sent.
      expect(body).toEqual(withoutAccount);
      expect(withoutAccount).toMatchObject({ source: EVENT_SOURCE, 'detail-type': sent.type, time: '2031-02-03T04:05:06Z' });
      // What the queue consumers do with a record's body, given the account EventBridge would have sent.
      expect(eventFromBusEnvelope({ ...(body as object), account })).toEqual(sent);
    }
  });

  it('an event with a catalogue detail-type from another source reaches no queue: the rules select on source too', async () => {
    const events = new EventBridgeClient(emulatorClientConfig(emulator().endpoint));
    const impostor = { ...sampleEventOf('user.registered', new Date()), id: 'impostor' };
    expect(expectedDeliveries(published.get('user.registered')!).length).toBeGreaterThan(0);
    const result = await events.send(
      new PutEventsCommand({ Entries: [{ EventBusName: platformBus, Source: 'someone.else', DetailType: impostor.type, Detail: JSON.stringify({ ...impostor.detail, eventId: impostor.id }) }] }),
    );
    expect(result.FailedEntryCount).toBe(0);
    // moto delivers SQS targets synchronously inside PutEvents (moto/events/models.py put_events calls
    // Rule.send_to_targets → sqs send_message before answering), so an empty queue now is an empty queue for good.
    for (const [key, queue] of standIns) {
      const messages = await receiveAll(queue.url, 0);
      expect({ key, messages }).toEqual({ key, messages: [] });
    }
  });
});
