import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { beforeAll, describe, expect, it } from 'vitest';
import { rolloutPollsFor } from '../../../shared/provisioning/templates/rollout-deadline';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { apiClient } from '../../support/api-client';
import { crashAfterNextWrite } from '../../support/crash-injection';
import { objectsLabelled as labelledObjects, reservationsOn as reservationsOfNode } from '../../support/cluster-leftovers';
import { subscriptionEventTypes, useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * What goes wrong in production, through HTTP and the synthesized state machines: a Kubernetes API that
 * throttles and fails, a workflow started twice, two cancels at once. No double writes, no leftovers.
 * Task retries wait 50 ms here instead of their 2 s backoff; the number of attempts is the deployed one.
 */
const platform = useLocalPlatform({ workflowRetryMilliseconds: 50 });
const api = apiClient(platform);
let token: string;

beforeAll(async () => {
  await registerWorker(api, 'worker-1', { heartbeats: true });
  token = (await api.register()).accessToken;
});

const simulated = () => platform().kubernetes!.simulatedCluster!;
const subscribe = async (serviceSlug = 'n8n') => {
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug, planId: 'starter' } });
  expect(created.status).toBe(202);
  return created.json as { subscription: { id: string }; instance: { id: string; namespace: string } };
};
const eventsOf = (subscriptionId: string) => subscriptionEventTypes(platform(), subscriptionId);
const count = (items: string[], item: string) => items.filter((value) => value === item).length;
const reservationsOn = (nodeName: string) => reservationsOfNode(platform(), nodeName);
const objectsLabelled = (namespace: string, instanceId: string) => labelledObjects(platform(), namespace, instanceId);

describe('faults and races in provisioning', () => {
  it('a throttling, failing Kubernetes API is retried: RUNNING once, each step recorded once, each event once', async () => {
    simulated().injectFaults({ count: 2, status: 429, method: 'PATCH' });
    simulated().injectFaults({ count: 1, status: 503, method: 'GET', pathIncludes: '/deployments' });
    const { subscription } = await subscribe();
    const running = await settledInstance(api, token, subscription.id);
    expect(running.status).toBe('RUNNING');

    const steps = (running.steps as { step: string }[]).map((s) => s.step);
    expect(steps.join(", ")).toEqual([...new Set(steps)].join(", "));
    const events = await eventsOf(subscription.id);
    expect(count(events, 'instance.running')).toBe(1);
    expect(count(events, 'subscription.activated')).toBe(1);
    expect((await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token })).json.status).toBe('ACTIVE');
    expect(Object.keys(await reservationsOn('worker-1'))).toContain(running.id);
  }, 90_000);

  it('a customer who sees the instance RUNNING also sees the subscription ACTIVE with its period, read as fast as HTTP allows while provisioning runs', async () => {
    const created = await Promise.all([0, 1, 2].map(() => subscribe()));
    const seen: string[] = [];
    const disagreements: string[] = [];
    /** Reads the instance, then the subscription, until RUNNING: what a customer's polling script does. */
    const watch = async (subscriptionId: string) => {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const instance = (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;
        const subscription = (await api.call('GET', `/v1/subscriptions/${subscriptionId}`, { token })).json;
        seen.push(`${instance.status}/${subscription.status}`);
        const running = instance.status === 'RUNNING';
        const active = subscription.status === 'ACTIVE' && Boolean(subscription.currentPeriodEnd);
        // Instance read first: once it is RUNNING, the later subscription read must be ACTIVE.
        if (running && !active) disagreements.push(`instance RUNNING, then subscription ${subscription.status} (period end ${subscription.currentPeriodEnd})`);
        if (running) return;
        if (instance.status !== 'PROVISIONING') throw new Error(`the instance settled ${instance.status}`);
      }
      throw new Error(`the instance of ${subscriptionId} never ran`);
    };
    /** The other order: a subscription seen ACTIVE has a RUNNING instance when read after it. */
    const watchReversed = async (subscriptionId: string) => {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const subscription = (await api.call('GET', `/v1/subscriptions/${subscriptionId}`, { token })).json;
        const instance = (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;
        if (subscription.status === 'ACTIVE' && instance.status !== 'RUNNING') disagreements.push(`subscription ACTIVE, then instance ${instance.status}`);
        if (subscription.status === 'ACTIVE') return;
      }
      throw new Error(`the subscription ${subscriptionId} never became active`);
    };
    await Promise.all(created.flatMap(({ subscription }) => [watch(subscription.id), watchReversed(subscription.id)]));

    expect(disagreements).toEqual([]);
    // The reads spanned the move: both sides of it were seen, so agreement above was tested, not assumed.
    expect(seen).toContain('PROVISIONING/PROVISIONING');
    expect(seen).toContain('RUNNING/ACTIVE');
  }, 120_000);

  // A Kubernetes API that keeps failing, retried then rolled back: test/hardening/faults/kubernetes-api-failing.test.ts.

  it('a create route that dies between its write and StartExecution leaves nothing stuck: the stream starts the workflow from the committed instance', async () => {
    const { accessToken } = await api.register();
    // The create transaction lands, then the function dies before it could start the workflow.
    const crash = crashAfterNextWrite(dynamoDocumentClient(), (input) => JSON.stringify(input).includes('"type":"Instance"'));
    try {
      const created = await api.call('POST', '/v1/subscriptions', { token: accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
      expect(created.status).toBe(500);
    } finally {
      crash.remove();
    }
    expect(crash.fired()).toBe(true);
    const [committed] = (await api.call('GET', '/v1/subscriptions', { token: accessToken })).json.items as { id: string }[];
    expect(committed).toBeDefined();
    const running = await settledInstance(api, accessToken, committed!.id);
    expect(running.status).toBe('RUNNING');
    expect((await api.call('GET', `/v1/subscriptions/${committed!.id}`, { token: accessToken })).json.status).toBe('ACTIVE');
  }, 90_000);

  it('a workflow started twice runs once: the second StartExecution changes nothing', async () => {
    const { subscription, instance } = await subscribe();
    const running = await settledInstance(api, token, subscription.id);
    expect(running.status).toBe('RUNNING');

    // The way a retried create route would start it again: Step Functions' own API, same name.
    const sfn = new SFNClient({ endpoint: process.env.AWS_ENDPOINT_URL_SFN, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    // The same input the create route gave it (the template's rollout deadline): the same start, idempotent.
    const input = { instanceId: instance.id, maxPolls: rolloutPollsFor('n8n') };
    const again = platform().workflows.start('provision-instance', instance.id, input);
    expect(again.alreadyStarted).toBe(true);
    await sfn
      .send(new StartExecutionCommand({ stateMachineArn: platform().workflows.stateMachineArn('provision-instance'), name: instance.id, input: JSON.stringify(input) }))
      .catch((error: Error) => expect(error.name).toBe('ExecutionAlreadyExists'));
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const after = (await api.call('GET', `/v1/subscriptions/${subscription.id}/instance`, { token })).json;
    expect(after.steps).toEqual(running.steps);
    expect(count(await eventsOf(subscription.id), 'instance.running')).toBe(1);
  }, 90_000);

  it('two cancels at once: one is accepted, the other refused; one deprovisioning, one event, nothing left', async () => {
    const { subscription, instance } = await subscribe();
    expect((await settledInstance(api, token, subscription.id)).status).toBe('RUNNING');

    const answers = await Promise.all([0, 1].map(() => api.call('POST', `/v1/subscriptions/${subscription.id}/cancel`, { token })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409]);
    const refused = answers.find((answer) => answer.status === 409)!;
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.json.detail).toContain('CANCELLED');

    const deleted = await until(
      async () => (await api.call('GET', `/v1/subscriptions/${subscription.id}/instance`, { token })).json,
      (value) => value.status === 'DELETED',
      'the instance to be deleted',
    );
    const steps = (deleted.steps as { step: string }[]).map((s) => s.step);
    expect(steps.join(", ")).toEqual([...new Set(steps)].join(", "));
    expect(await objectsLabelled(instance.namespace, instance.id)).toEqual([]);
    const events = await eventsOf(subscription.id);
    expect(count(events, 'subscription.cancelled')).toBe(1);
    expect(count(events, 'instance.deleted')).toBe(1);
  }, 90_000);
});
