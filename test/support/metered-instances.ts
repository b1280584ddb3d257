import type { DocumentClient } from '../../shared/aws/dynamodb';
import { ulid } from 'ulid';
import type { Cluster, KubeObject } from '../../shared/kubernetes/cluster';
import { podMetricsKind } from '../../shared/metering/cluster-usage';
import { generateCredentials } from '../../shared/provisioning/templates/generate-credentials';
import { renderInstance } from '../../shared/provisioning/templates/render-instance';
import { namespaceName } from '../../shared/provisioning/tenant/kubernetes-names';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import type { InstanceState, SubscriptionState } from '../../shared/subscriptions/lifecycle';
import type { Instance, Subscription } from '../../shared/subscriptions/subscription';

/** The starter n8n plan of the seed catalog: one pod and a 5 GiB volume. */
const limits = { cpuMillicores: 500, memoryMiB: 1024, storageGiB: 5 };

export interface MeteredInstanceFixture {
  userId: string;
  subscriptionId: string;
  instanceId: string;
  namespace: string;
}

/**
 * An n8n instance made directly, without a provisioning: its namespace and objects applied to the cluster
 * (the same rendered objects the workflow applies, so the same labels), and its subscription and instance
 * written to the table in the store's own create transaction. Each customer gets a new namespace.
 */
export const seedMeteredInstance = async (
  cluster: Pick<Cluster, 'apply'>,
  db: DocumentClient,
  tableName: string,
  status: InstanceState = 'RUNNING',
): Promise<MeteredInstanceFixture> => {
  const userId = ulid();
  const subscriptionId = ulid();
  const instanceId = ulid();
  const namespace = namespaceName(userId);
  const now = new Date().toISOString();
  await cluster.apply([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } },
    ...(renderInstance({ template: 'n8n', instanceId, userId, plan: { limits }, appsDomain: 'apps.test', version: '1.64.0', credentials: generateCredentials('n8n') }) as unknown as KubeObject[]),
  ]);
  const subscriptionStatus: SubscriptionState = status === 'SUSPENDED' ? 'SUSPENDED' : status === 'PROVISIONING' ? 'PROVISIONING' : 'ACTIVE';
  const subscription: Subscription = {
    id: subscriptionId,
    userId,
    serviceSlug: 'n8n',
    planId: 'starter',
    name: 'metered',
    status: subscriptionStatus,
    instanceId,
    price: { amount: 1900, currency: 'EUR' },
    billingPeriod: 'month',
    createdAt: now,
    updatedAt: now,
  };
  const instance: Instance = {
    id: instanceId,
    subscriptionId,
    userId,
    status,
    serviceSlug: 'n8n',
    template: 'n8n',
    appVersion: '1.64.0',
    namespace,
    url: `https://${instanceId.toLowerCase()}.apps.test`,
    resources: limits,
    steps: [],
    createdAt: now,
    updatedAt: now,
  };
  const outcome = await dynamoSubscriptionStore(db, tableName).create(subscription, instance, []);
  if (outcome.kind !== 'created') throw new Error(`the fixture subscription was not created: ${outcome.kind}`);
  return { userId, subscriptionId, instanceId, namespace };
};

/** Waits until the metrics API lists a running pod of each instance (the simulated rollout takes a moment). */
export const waitForPodMetrics = async (cluster: Pick<Cluster, 'list'>, instances: readonly MeteredInstanceFixture[], timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  const wanted = new Set(instances.map((i) => i.instanceId.toLowerCase()));
  for (;;) {
    const listed = new Set((await cluster.list(podMetricsKind, { labelSelector: 'paas.example/instance' })).map((pod) => pod.metadata.labels?.['paas.example/instance']));
    if ([...wanted].every((id) => listed.has(id))) return;
    if (Date.now() > deadline) throw new Error(`the pods of ${[...wanted].filter((id) => !listed.has(id)).length} instances did not start within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
