import { KubeConfig, KubernetesObjectApi, type KubernetesObject } from '@kubernetes/client-node';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { tenantNamespace } from '../../../shared/provisioning/tenant/namespace';
import { apiClient } from '../../support/api-client';
import { objectsLabelled, reservationsOn } from '../../support/cluster-leftovers';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * The daily cleanup job through the local runtime and the simulated cluster, run as `npm run job -- cleanup
 * --now …` runs it. The scene: a customer with a live instance and, in the same namespace, one stuck in
 * PROVISIONING (its workflow aborted while it polled the rollout); a customer whose deprovisioning gave up
 * (the cluster refused its deletes), stuck in DELETING; a namespace left behind by a customer whose
 * subscriptions all ended; a labelled namespace nobody has records of; an unlabelled namespace.
 */
const platform = useLocalPlatform({ workflowRetryMilliseconds: 50, simulatedCluster: { rolloutDelayMs: 200 } });
const api = apiClient(platform);
const NODE = 'worker-1';
const HOUR = 3600 * 1000;

type Run = {
  read: { PROVISIONING: number; DELETING: number };
  stuckFailed: number;
  stuckFinished: number;
  namespacesListed: number;
  orphanNamespacesDeleted: number;
  namespacesKept: { live: number; young: number; terminating: number; notThePlatforms: number };
  skipped: number;
  failed: number;
};
const runJob = async (now?: Date) => {
  const answer = await api.call('POST', `/_local/jobs/cleanup${now ? `?now=${now.toISOString()}` : ''}`, { token: admin });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.result as Run;
};

const kube = () => {
  const config = new KubeConfig();
  config.loadFromFile(platform().kubernetes!.kubeconfigPath);
  return KubernetesObjectApi.makeApiClient(config);
};
const namespaceExists = async (name: string) =>
  Boolean(await kube().read({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }).catch(() => undefined));
const namespaceGone = (name: string) => until(() => namespaceExists(name), (exists) => !exists, `namespace ${name} to be gone`);
/** Every object in a namespace, as `Kind/name@resourceVersion` (the namespace itself too): any change shows. */
const snapshot = async (namespace: string, leaveOutInstance?: string) => {
  const kinds = [
    ['apps/v1', 'Deployment'], ['apps/v1', 'StatefulSet'], ['v1', 'Service'], ['v1', 'Secret'], ['v1', 'PersistentVolumeClaim'], ['v1', 'ConfigMap'],
    ['v1', 'ServiceAccount'], ['v1', 'ResourceQuota'], ['v1', 'LimitRange'], ['networking.k8s.io/v1', 'Ingress'], ['networking.k8s.io/v1', 'NetworkPolicy'],
  ] as const;
  const seen: string[] = [];
  const ns = await kube().read({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  seen.push(`Namespace/${namespace}@${ns.metadata?.resourceVersion}`);
  for (const [apiVersion, kind] of kinds) {
    for (const item of (await kube().list(apiVersion, kind, namespace)).items) {
      if (leaveOutInstance && item.metadata?.labels?.['paas.example/instance'] === leaveOutInstance.toLowerCase()) continue;
      seen.push(`${kind}/${item.metadata?.name}@${item.metadata?.resourceVersion}`);
    }
  }
  return seen.sort();
};
const instanceOf = async (token: string, subscriptionId: string) => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;
const subscriptionOf = async (token: string, subscriptionId: string) => (await api.call('GET', `/v1/subscriptions/${subscriptionId}`, { token })).json;
const subscribe = async (token: string) => {
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
  expect(created.status, created.text).toBe(202);
  return created.json as { subscription: { id: string }; instance: { id: string; namespace: string } };
};
const executionOf = (workflow: 'provision-instance' | 'deprovision-instance', instanceId: string) =>
  `${platform().workflows.stateMachineArn(workflow).replace(':stateMachine:', ':execution:')}:${instanceId}`;
const eventsOf = async (type: string, instanceId: string) => {
  await platform().drainStreams();
  return platform().bus.recent().filter((e) => e.type === type && (e.detail as { instanceId?: string }).instanceId === instanceId).length;
};

let admin: string;
const live = { token: '', subscriptionId: '', instanceId: '', namespace: '' };
const stuckProvisioning = { subscriptionId: '', instanceId: '' };
const stuckDeleting = { token: '', subscriptionId: '', instanceId: '', namespace: '' };
let endedCustomerNamespace = '';
let strangerNamespace = '';
const unlabelledNamespace = `scratch-${ulid().toLowerCase()}`;
let liveBefore: string[] = [];

beforeAll(async () => {
  ({ admin } = await registerWorker(api, NODE));
  const sim = platform().kubernetes!.simulatedCluster!;

  // A live instance, RUNNING.
  live.token = (await api.register()).accessToken;
  const running = await subscribe(live.token);
  expect((await settledInstance(api, live.token, running.subscription.id)).status).toBe('RUNNING');
  Object.assign(live, { subscriptionId: running.subscription.id, instanceId: running.instance.id, namespace: running.instance.namespace });

  // Stuck DELETING: the cluster refuses every delete in its namespace, the deprovisioning gives up.
  stuckDeleting.token = (await api.register()).accessToken;
  const deleting = await subscribe(stuckDeleting.token);
  expect((await settledInstance(api, stuckDeleting.token, deleting.subscription.id)).status).toBe('RUNNING');
  Object.assign(stuckDeleting, { subscriptionId: deleting.subscription.id, instanceId: deleting.instance.id, namespace: deleting.instance.namespace });
  sim.injectFaults({ count: 1000, status: 503, method: 'DELETE', pathIncludes: `/namespaces/${stuckDeleting.namespace}/` });
  expect((await api.call('POST', `/v1/subscriptions/${deleting.subscription.id}/cancel`, { token: stuckDeleting.token })).status).toBe(202);
  expect((await platform().workflows.wait(executionOf('deprovision-instance', deleting.instance.id))).status).toBe('FAILED');
  sim.clearFaults();
  expect((await instanceOf(stuckDeleting.token, deleting.subscription.id)).status).toBe('DELETING');
  expect(await objectsLabelled(platform(), stuckDeleting.namespace, deleting.instance.id)).not.toEqual([]);

  // A customer whose one subscription ended normally, and whose namespace came back (a leftover).
  const endedCustomer = await api.register();
  const ended = endedCustomer.accessToken;
  const gone = await subscribe(ended);
  expect((await settledInstance(api, ended, gone.subscription.id)).status).toBe('RUNNING');
  expect((await api.call('POST', `/v1/subscriptions/${gone.subscription.id}/cancel`, { token: ended })).status).toBe(202);
  await settledInstance(api, ended, gone.subscription.id, ['DELETED']);
  await namespaceGone(gone.instance.namespace);
  endedCustomerNamespace = gone.instance.namespace;
  await kube().create(tenantNamespace({ userId: endedCustomer.user.id }) as KubernetesObject);
  // The platform's label on a namespace of a customer the table has never heard of; and one without it.
  const stranger = tenantNamespace({ userId: ulid() });
  strangerNamespace = stranger.metadata!.name!;
  await kube().create(stranger as KubernetesObject);
  await kube().create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: unlabelledNamespace } } as KubernetesObject);

  // Stuck PROVISIONING, beside the live instance in its customer's namespace: the workflow is aborted while
  // it polls a rollout that will not finish in time, after it applied the app and reserved capacity.
  sim.configure({ rolloutDelayMs: HOUR });
  const provisioning = await subscribe(live.token);
  Object.assign(stuckProvisioning, { subscriptionId: provisioning.subscription.id, instanceId: provisioning.instance.id });
  await until(
    () => instanceOf(live.token, provisioning.subscription.id),
    (instance) => instance.steps.some((s: { step: string }) => s.step === 'app objects applied'),
    'the stuck instance to apply its objects',
  );
  await platform().workflows.stop();
  expect(platform().workflows.describe(executionOf('provision-instance', provisioning.instance.id))?.status).toBe('ABORTED');
  sim.configure({ rolloutDelayMs: 200 });
  expect((await instanceOf(live.token, provisioning.subscription.id)).status).toBe('PROVISIONING');
  expect(await objectsLabelled(platform(), live.namespace, provisioning.instance.id)).not.toEqual([]);
  expect(Object.keys(await reservationsOn(platform(), NODE))).toEqual(expect.arrayContaining([live.instanceId, stuckProvisioning.instanceId, stuckDeleting.instanceId]));

  liveBefore = await snapshot(live.namespace, stuckProvisioning.instanceId);
}, 180_000);

describe('the cleanup job', () => {
  it('leaves everything alone before the deadlines, and every namespace younger than the safety margin', async () => {
    const early = await runJob();
    expect(early).toMatchObject({ read: { PROVISIONING: 0, DELETING: 0 }, stuckFailed: 0, stuckFinished: 0, orphanNamespacesDeleted: 0, failed: 0 });
    // The four labelled namespaces, all made minutes ago; the unlabelled one is not even listed.
    expect(early.namespacesListed).toBe(4);
    expect(early.namespacesKept.young).toBe(4);
    expect(await namespaceExists(strangerNamespace)).toBe(true);
    expect((await instanceOf(live.token, stuckProvisioning.subscriptionId)).status).toBe('PROVISIONING');
  });

  it('run twice at once past the deadlines: fails the stuck provisioning, finishes the stuck deletion, deletes the orphans, each once', async () => {
    const later = new Date(Date.now() + 2 * HOUR);
    const [first, second] = await Promise.all([runJob(later), runJob(later)]);
    expect(first.failed + second.failed).toBe(0);
    expect(first.stuckFailed + second.stuckFailed).toBe(1);
    expect(first.stuckFinished + second.stuckFinished).toBe(1);
    // Each orphan gets a delete from one run at least; a second delete of a going namespace is harmless.
    expect(first.orphanNamespacesDeleted + second.orphanNamespacesDeleted).toBeGreaterThanOrEqual(2);

    // Stuck PROVISIONING → the workflow's failure path: objects and reservation gone, both FAILED, one event.
    const failed = await instanceOf(live.token, stuckProvisioning.subscriptionId);
    expect(failed.status).toBe('FAILED');
    expect(failed.failureReason).toContain('ProvisioningDeadline');
    expect((await subscriptionOf(live.token, stuckProvisioning.subscriptionId)).status).toBe('FAILED');
    expect(await objectsLabelled(platform(), live.namespace, stuckProvisioning.instanceId)).toEqual([]);
    expect(await eventsOf('instance.failed', stuckProvisioning.instanceId)).toBe(1);

    // Stuck DELETING → the deprovisioning finished: objects, reservation and the namespace gone, DELETED, one event.
    expect((await instanceOf(stuckDeleting.token, stuckDeleting.subscriptionId)).status).toBe('DELETED');
    expect((await subscriptionOf(stuckDeleting.token, stuckDeleting.subscriptionId)).status).toBe('CANCELLED');
    await namespaceGone(stuckDeleting.namespace);
    expect(await eventsOf('instance.deleted', stuckDeleting.instanceId)).toBe(1);

    const reserved = Object.keys(await reservationsOn(platform(), NODE));
    expect(reserved).not.toContain(stuckProvisioning.instanceId);
    expect(reserved).not.toContain(stuckDeleting.instanceId);

    // The orphans are gone; the unlabelled namespace is not the platform's business.
    await namespaceGone(endedCustomerNamespace);
    await namespaceGone(strangerNamespace);
    expect(await namespaceExists(unlabelledNamespace)).toBe(true);
  });

  it('touched nothing the live instance owns: its records and every object of its namespace, to the resource version', async () => {
    expect(Object.keys(await reservationsOn(platform(), NODE))).toContain(live.instanceId);
    expect((await instanceOf(live.token, live.subscriptionId)).status).toBe('RUNNING');
    expect((await subscriptionOf(live.token, live.subscriptionId)).status).toBe('ACTIVE');
    const after = await snapshot(live.namespace);
    expect(after).toEqual(liveBefore);
    expect(after.filter((object) => object.startsWith('Deployment/')).length).toBeGreaterThan(0);
  });

  it('run once more, finds nothing left to do', async () => {
    const again = await runJob(new Date(Date.now() + 2 * HOUR + 60_000));
    expect(again).toMatchObject({ read: { PROVISIONING: 0, DELETING: 0 }, stuckFailed: 0, stuckFinished: 0, orphanNamespacesDeleted: 0, skipped: 0, failed: 0 });
    expect(again.namespacesKept.live).toBe(1);
    expect(await eventsOf('instance.failed', stuckProvisioning.instanceId)).toBe(1);
    expect(await eventsOf('instance.deleted', stuckDeleting.instanceId)).toBe(1);
    expect(await snapshot(live.namespace)).toEqual(liveBefore);
  });
});
