import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand } from '../../../shared/aws/dynamodb';
import { ulid } from 'ulid';
import { startSimulatedCluster, type SimulatedCluster } from '../../../infra/local/simulated-cluster/start-simulated-cluster';
import { dynamoLedgerStore } from '../../../shared/billing/dynamo-ledger-store';
import { createService, type CatalogDeps } from '../../../shared/catalog/catalog-use-cases';
import { dynamoServiceStore } from '../../../shared/catalog/dynamo-service-store';
import { seedCatalog } from '../../../shared/catalog/seed-catalog';
import { keys } from '../../../shared/data/keys';
import { restCluster } from '../../../shared/kubernetes/rest-cluster';
import { kubeconfigFileSource } from '../../../shared/kubernetes/kubeconfig-file-source';
import type { Cluster, KubeObject } from '../../../shared/kubernetes/cluster';
import { instanceKinds } from '../../../shared/provisioning/steps/instance-kinds';
import type { ProvisioningDeps, WorkflowState } from '../../../shared/provisioning/steps/provisioning-deps';
import * as steps from '../../../shared/provisioning/steps/provisioning-steps';
import { rolloutPollsFor } from '../../../shared/provisioning/templates/rollout-deadline';
import { instanceSelector } from '../../../shared/provisioning/tenant/labels';
import { createSubscription, type SubscriptionDeps } from '../../../shared/subscriptions/create-subscription';
import { dynamoSubscriptionStore } from '../../../shared/subscriptions/dynamo-subscription-store';
import type { WorkflowStarter } from '../../../shared/subscriptions/workflow-starter';
import { newAgentToken } from '../../../shared/workers/agent-token';
import { dynamoAgentTokenStore } from '../../../shared/workers/dynamo-agent-token-store';
import { dynamoNodeStore } from '../../../shared/workers/dynamo-node-store';
import { registerBody } from '../../support/agent-payloads';
import { useDynamoDbTable } from '../../support/dynamodb';
import { allows, platformRbacRules, rbacRequestOf } from '../../support/platform-rbac';

const table = useDynamoDbTable('provisioning-steps');
const folder = mkdtempSync(join(tmpdir(), 'provisioning-steps-'));
let sim: SimulatedCluster;
let deps: ProvisioningDeps;
let subscriptionDeps: SubscriptionDeps;
let catalogDeps: CatalogDeps;
const started: Parameters<WorkflowStarter['start']>[] = [];
const NODE = 'worker-1';

beforeAll(async () => {
  sim = await startSimulatedCluster({ rolloutDelayMs: 200, namespaceTerminationDelayMs: 100, kubeconfigPath: join(folder, 'kubeconfig') });
  const { doc, tableName } = table();
  const now = () => new Date();
  const nodes = dynamoNodeStore(doc, tableName);
  const subscriptions = dynamoSubscriptionStore(doc, tableName);
  const cluster = restCluster(kubeconfigFileSource(sim.kubeconfigPath));
  deps = { subscriptions, nodes, cluster, ledger: dynamoLedgerStore(doc, tableName), appsDomain: 'apps.test', now };
  catalogDeps = { services: dynamoServiceStore(doc, tableName), now };
  await seedCatalog(catalogDeps);
  subscriptionDeps = {
    services: catalogDeps.services,
    subscriptions,
    nodes,
    workflows: { start: async (...args) => void started.push(args) },
    appsDomain: 'apps.test',
    now,
  };
  const token = newAgentToken();
  await dynamoAgentTokenStore(doc, tableName).create({ id: token.id, name: 'steps', createdAt: now().toISOString(), secretHash: token.secretHash });
  await nodes.register(registerBody(NODE), { tokenId: token.id, secretHash: token.secretHash }, now().toISOString());
});

afterAll(async () => {
  await sim?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const eventually = async <T>(check: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Every object the instance applied, as `Kind/name` → resourceVersion. */
const instanceObjects = async (cluster: Cluster, namespace: string, instanceId: string) => {
  const found: Record<string, string | undefined> = {};
  for (const kind of instanceKinds) {
    for (const object of await cluster.list(kind, { namespace, labelSelector: instanceSelector(instanceId) })) {
      found[`${kind.kind}/${object.metadata.name}`] = object.metadata.resourceVersion;
    }
  }
  return found;
};

const tenantVersions = async (cluster: Cluster, namespace: string) => {
  const kinds = [
    { apiVersion: 'v1', kind: 'ResourceQuota' },
    { apiVersion: 'v1', kind: 'LimitRange' },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' },
  ];
  const lists = await Promise.all(kinds.map((kind) => cluster.list(kind, { namespace })));
  const namespaceObject = await cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, namespace);
  return [namespaceObject, ...lists.flat()].map((o: KubeObject | undefined) => `${o?.kind}/${o?.metadata.name}@${o?.metadata.resourceVersion}`).sort();
};

const nodeRoom = async () => (await deps.nodes.healthyWithReservations()).find((n) => n.name === NODE)!;
/** The node item's reservations map, read raw: one entry per instance holding room. */
const reservations = async () => {
  const { Item } = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.node(NODE), ConsistentRead: true }));
  return Object.keys((Item?.reservations ?? {}) as Record<string, unknown>);
};

/** Runs a step twice; the second run must give back the same state. */
const twice = async (step: (d: ProvisioningDeps, s: WorkflowState) => Promise<WorkflowState>, state: WorkflowState) => {
  const first = await step(deps, state);
  const second = await step(deps, first);
  expect(second).toEqual(first);
  return first;
};

describe('provisioning workflow steps against DynamoDB Local and the simulated cluster', () => {
  it('provision, run, deprovision: every step does its job and a re-run changes nothing', async () => {
    const userId = ulid();
    const { subscription, instance } = await createSubscription(subscriptionDeps, userId, { serviceSlug: 'n8n', planId: 'starter' });
    expect(started).toContainEqual(['provision-instance', instance.id, { instanceId: instance.id, maxPolls: rolloutPollsFor('n8n') }]);
    const { cluster, subscriptions } = deps;

    let state: WorkflowState = await twice(steps.loadInstance, { instanceId: instance.id });
    expect(state).toMatchObject({ userId, subscriptionId: subscription.id, pollCount: 0 });

    state = await twice(steps.placeInstance, state);
    expect(state.nodeName).toBe(NODE);
    expect((await subscriptions.getInstance(instance.id))?.nodeName).toBe(NODE);
    const placed = await nodeRoom();
    expect(placed.reserved).toEqual({ cpuMillicores: 500, memoryMiB: 1024 });
    expect(await reservations()).toEqual([instance.id]);

    await steps.ensureNamespace(deps, state);
    expect((await cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, instance.namespace))?.metadata.name).toBe(instance.namespace);
    const namespaceVersion = (await cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, instance.namespace))?.metadata.resourceVersion;
    await steps.ensureNamespace(deps, state);
    expect((await cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, instance.namespace))?.metadata.resourceVersion).toBe(namespaceVersion);

    await steps.applyTenantPolicy(deps, state);
    const policy = await tenantVersions(cluster, instance.namespace);
    expect(policy.some((p) => p.startsWith('ResourceQuota/'))).toBe(true);
    await steps.applyTenantPolicy(deps, state);
    expect(await tenantVersions(cluster, instance.namespace)).toEqual(policy);

    // A longer rollout while the not-ready answer is checked, so a slow machine cannot miss it.
    sim.configure({ rolloutDelayMs: 1_500 });
    await steps.applyInstanceObjects(deps, state);
    const applied = await instanceObjects(cluster, instance.namespace, instance.id);
    expect(Object.keys(applied).some((k) => k.startsWith('Deployment/') || k.startsWith('StatefulSet/'))).toBe(true);
    expect(Object.keys(applied).some((k) => k.startsWith('Secret/'))).toBe(true);
    await steps.applyInstanceObjects(deps, state);
    // Objects the controller updates (workload status) may move; compare only what the platform owns.
    const stable = (versions: Record<string, string | undefined>) =>
      Object.fromEntries(Object.entries(versions).filter(([k]) => !/^(Deployment|StatefulSet)\//.test(k)));
    expect(stable(await instanceObjects(cluster, instance.namespace, instance.id))).toEqual(stable(applied));

    state = await steps.checkRollout(deps, state);
    expect(state.rollout).toMatchObject({ ready: false, failed: false });
    expect(state.pollCount).toBe(1);
    sim.configure({ rolloutDelayMs: 200 });
    state = await eventually(async () => {
      const next = await steps.checkRollout(deps, state);
      return next.rollout?.ready ? next : undefined;
    });
    expect(state.rollout).toEqual({ ready: true, failed: false });
    const rolledOut = await instanceObjects(cluster, instance.namespace, instance.id);
    await steps.applyInstanceObjects(deps, state);
    expect(await instanceObjects(cluster, instance.namespace, instance.id)).toEqual(rolledOut);

    await twice(steps.markRunning, state);
    const running = await subscriptions.getInstance(instance.id);
    expect(running?.status).toBe('RUNNING');
    expect(running?.steps.filter((s) => s.step === 'running')).toHaveLength(1);
    const active = await subscriptions.get(userId, subscription.id);
    expect(active?.status).toBe('ACTIVE');
    expect(active?.currentPeriodEnd).toBeTruthy();
    expect(new Date(active!.currentPeriodEnd!).getTime()).toBeGreaterThan(Date.now());
    // Activation charged the first period, once, in its own transaction (markRunning ran twice).
    const ledger = await dynamoLedgerStore(table().doc, table().tableName).listForUser(userId, { limit: 10 });
    expect(ledger.items).toEqual([
      expect.objectContaining({ kind: 'charge', status: 'MATCHED', amount: subscription.price.amount, currency: subscription.price.currency, subscriptionId: subscription.id, periodStart: active!.currentPeriodStart, periodEnd: active!.currentPeriodEnd }),
    ]);

    // The customer cancels: the subscription is no longer live and the instance is DELETING.
    await subscriptions.transitionSubscription(active!, 'CANCELLED', { updatedAt: new Date().toISOString() }, []);
    await subscriptions.transitionInstance(running!, 'DELETING', { updatedAt: new Date().toISOString() }, []);

    await twice(steps.removeInstanceObjects, state);
    expect(await instanceObjects(cluster, instance.namespace, instance.id)).toEqual({});
    expect((await nodeRoom()).reserved).toEqual({ cpuMillicores: 0, memoryMiB: 0 });
    expect(await reservations()).toEqual([]);

    await twice(steps.deleteNamespaceIfEmpty, state);
    await eventually(async () => ((await cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, instance.namespace)) ? undefined : true));

    await twice(steps.markDeleted, state);
    const deleted = await subscriptions.getInstance(instance.id);
    expect(deleted?.status).toBe('DELETED');
    expect(deleted?.steps.filter((s) => s.step === 'deleted')).toHaveLength(1);
  });

  it('a new subscription right after the customer\'s namespace started going is told to wait (counted), then makes it again once it is gone', async () => {
    const userId = ulid();
    const first = await createSubscription(subscriptionDeps, userId, { serviceSlug: 'n8n', planId: 'starter' });
    await steps.ensureNamespace(deps, { instanceId: first.instance.id });
    // The last instance's deprovisioning deletes the namespace: Terminating for a while (long enough here
    // that a loaded machine cannot let it finish before the step runs).
    sim.configure({ namespaceTerminationDelayMs: 3000 });
    await deps.cluster.delete({ apiVersion: 'v1', kind: 'Namespace' }, first.instance.namespace);
    sim.configure({ namespaceTerminationDelayMs: 100 });
    const second = await createSubscription(subscriptionDeps, userId, { serviceSlug: 'n8n', planId: 'starter' });
    // The step says so (the workflow's Choice waits and asks again), counting the checks against the deadline.
    const waiting = await steps.ensureNamespace(deps, { instanceId: second.instance.id });
    expect(waiting).toMatchObject({ namespaceTerminating: true, namespaceWaits: 1 });
    expect(await steps.ensureNamespace(deps, waiting)).toMatchObject({ namespaceTerminating: true, namespaceWaits: 2 });

    // Asked again once the namespace is gone, it creates it afresh and the tenant objects go in.
    await eventually(async () => ((await deps.cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, first.instance.namespace)) ? undefined : true), 10_000);
    expect(await steps.ensureNamespace(deps, waiting)).toMatchObject({ namespaceTerminating: false });
    await steps.applyTenantPolicy(deps, { instanceId: second.instance.id });
    const namespace = await deps.cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, second.instance.namespace);
    expect(namespace?.metadata.deletionTimestamp).toBeUndefined();
    expect(await deps.cluster.list({ apiVersion: 'v1', kind: 'ResourceQuota' }, { namespace: second.instance.namespace })).toHaveLength(1);
  });

  it("an image that cannot be pulled (version 'fail'): checkRollout reports failed with a reason", async () => {
    const seeded = (await catalogDeps.services.get('n8n'))!;
    // Its one version is then 'fail', on n8n's official image: the tag kwok and the simulated cluster never pull.
    await createService(catalogDeps, { ...seeded, slug: 'n8n-broken', name: 'n8n (broken)', version: 'fail', versions: undefined } as Parameters<typeof createService>[1]);
    const userId = ulid();
    const { instance } = await createSubscription(subscriptionDeps, userId, { serviceSlug: 'n8n-broken', planId: 'starter' });
    expect(instance.appVersion).toBe('fail');

    let state: WorkflowState = { instanceId: instance.id };
    for (const step of [steps.loadInstance, steps.placeInstance, steps.ensureNamespace, steps.applyTenantPolicy, steps.applyInstanceObjects]) {
      state = await step(deps, state);
    }
    const failed = await eventually(async () => {
      const next = await steps.checkRollout(deps, state);
      expect(next.rollout?.ready).toBe(false);
      return next.rollout?.failed ? next : undefined;
    });
    // Judged from the pod (a real Deployment says so only after its 10-minute progress deadline).
    expect(failed.rollout?.reason).toMatch(/^pod \S+, container n8n: image could not be pulled \(ImagePullBackOff\)$/);

    await twice(steps.removeInstanceObjects, failed);
    await twice(steps.markFailed, { ...failed, failure: { Error: 'RolloutFailed', Cause: failed.rollout!.reason! } });
    const instanceAfter = await deps.subscriptions.getInstance(instance.id);
    expect(instanceAfter).toMatchObject({ status: 'FAILED' });
    expect(instanceAfter?.failureReason).toContain('RolloutFailed');
    expect((await deps.subscriptions.get(userId, instance.subscriptionId))?.status).toBe('FAILED');
    expect(await reservations()).not.toContain(instance.id);
  });

  // Last, after both runs above: every call the steps made must be one the deployed cluster's RBAC allows.
  it('made only requests the platform RBAC of infra/aws/kubernetes/platform-rbac.yaml allows', () => {
    const rules = platformRbacRules();
    const requests = [...sim.requestCounts().keys()].map((key) => key.split(' ') as [string, string]);
    const checked = requests.map(([method, path]) => ({ method, path, request: rbacRequestOf(method, path) })).filter(({ request }) => request);
    // Creates, patches, reads, lists and deletes across the kinds; discovery needs no grant.
    expect(new Set(checked.map(({ request }) => `${request!.verb} ${request!.resource}`)).size).toBeGreaterThan(15);
    const refused = checked.filter(({ request }) => !allows(rules, request!.apiGroup, request!.resource, request!.verb));
    expect(refused).toEqual([]);
  });
});
