import { DocumentClient } from '../../shared/aws/dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { catalogSeed } from '../../shared/catalog/catalog-seed';
import { restCluster, FIELD_MANAGER } from '../../shared/kubernetes/rest-cluster';
import type { KubeObject } from '../../shared/kubernetes/cluster';
import { kubeconfigFileSource } from '../../shared/kubernetes/kubeconfig-file-source';
import { instanceKinds } from '../../shared/provisioning/steps/instance-kinds';
import type { ProvisioningDeps } from '../../shared/provisioning/steps/provisioning-deps';
import { applyInstanceObjects, applyTenantPolicy } from '../../shared/provisioning/steps/provisioning-steps';
import { instanceSelector } from '../../shared/provisioning/tenant/labels';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { dynamoNodeStore } from '../../shared/workers/dynamo-node-store';
import { reservationsOn } from '../support/cluster-leftovers';
import { settledInstance } from '../support/provisioning';
import { isReady, podsOf, realCluster, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * Provisioning on a real control plane (kube-apiserver, controller manager, scheduler; kwok nodes): every
 * template of the seed catalog on every plan, through HTTP and the synthesized state machine, to RUNNING with
 * Ready pods on the nodes the real scheduler chose; every object accepted by the real API server's validation
 * and defaulting, and applied again with server-side apply changing nothing.
 */
const { platform, api } = useRealClusterPlatform();
let token: string;
let steps: ProvisioningDeps;

beforeAll(async () => {
  await registerKwokNodes(api);
  token = (await api.register()).accessToken;
  const db = new DocumentClient({ endpoint: platform().dynamoDbEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  steps = {
    subscriptions: dynamoSubscriptionStore(db, platform().tableName),
    nodes: dynamoNodeStore(db, platform().tableName),
    cluster: restCluster(kubeconfigFileSource(realCluster().platformKubeconfigPath)),
    ledger: dynamoLedgerStore(db, platform().tableName),
    appsDomain: 'apps.localhost',
    now: () => new Date(),
  };
});

/**
 * Every object the instance applied, `Kind/name` → what an apply could change: the object without its status
 * and the metadata the server keeps (resourceVersion, managedFields), its generation, and the platform's own
 * managedFields entries (their time moves when an apply of ours changes anything). Not the resourceVersion:
 * controllers write status (a Deployment's conditions, a loaded run saw one land between two reads), which
 * moves it without anything of ours changing.
 */
const appliedObjects = async (namespace: string, instanceId: string) => {
  const found: Record<string, string> = {};
  for (const kind of instanceKinds) {
    for (const object of await steps.cluster.list(kind, { namespace, labelSelector: instanceSelector(instanceId) })) {
      const { status: _status, metadata, ...content } = object as KubeObject & { status?: unknown };
      const { resourceVersion: _version, managedFields = [], ...meta } = metadata as KubeObject['metadata'] & { managedFields?: Array<{ manager?: string }> };
      const ours = managedFields.filter((entry) => entry.manager === FIELD_MANAGER);
      expect(ours.length, `${kind.kind}/${metadata.name} is managed by ${FIELD_MANAGER}`).toBeGreaterThan(0);
      found[`${kind.kind}/${metadata.name}`] = JSON.stringify({ meta, content, ours });
    }
  }
  return found;
};

const pairs = catalogSeed.flatMap((service) => service.plans.map((plan) => ({ service: service.slug, plan: plan.id })));

describe('every template on every plan, provisioned on a real control plane', () => {
  it.each(pairs)('$service on $plan: RUNNING with Ready pods, its node and reservation where the scheduler put it, the subscription ACTIVE, and a re-apply changes nothing', async ({ service, plan }) => {
    const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: service, planId: plan } });
    expect(created.status, created.text).toBe(202);
    const { subscription, instance } = created.json as { subscription: { id: string }; instance: { id: string; namespace: string } };

    const settled = await settledInstance(api, token, subscription.id);
    expect(settled.status, settled.failureReason).toBe('RUNNING');
    const active = (await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token })).json;
    expect(active).toMatchObject({ status: 'ACTIVE', currentPeriodEnd: expect.any(String) });

    const pods = await podsOf(instance.namespace, instance.id);
    expect(pods.length).toBeGreaterThan(0);
    expect(pods.filter((pod) => !isReady(pod)).map((pod) => pod.metadata?.name)).toEqual([]);
    expect(pods.every((pod) => realCluster().nodes.includes(pod.spec?.nodeName ?? ''))).toBe(true);
    // One truth for placement: the node the real scheduler put the app's pod on, and the reservation there only.
    const appPod = pods.find((pod) => pod.metadata?.labels?.['app.kubernetes.io/component'] === 'app')!;
    expect(settled.nodeName).toBe(appPod.spec?.nodeName);
    const reservedOn = [];
    for (const node of realCluster().nodes) if (instance.id in (await reservationsOn(platform(), node))) reservedOn.push(node);
    expect(reservedOn).toEqual([settled.nodeName]);

    // No Ingress names a TLS Secret that nothing makes (no certificate issuer is set here: the controller's default certificate serves).
    const ingresses = (await steps.cluster.list({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' }, { namespace: instance.namespace, labelSelector: instanceSelector(instance.id) }));
    expect(ingresses).toHaveLength(1);
    const named = ingresses.flatMap((ingress) => ((ingress.spec as { tls?: { secretName?: string }[] }).tls ?? []).flatMap((tls) => (tls.secretName ? [tls.secretName] : [])));
    for (const secretName of named) expect(await steps.cluster.read({ apiVersion: 'v1', kind: 'Secret' }, secretName, instance.namespace), secretName).toBeDefined();

    // Server-side apply with the platform's field manager, twice more: the API server finds nothing to change.
    const before = await appliedObjects(instance.namespace, instance.id);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < 2; i++) {
      await applyTenantPolicy(steps, { instanceId: instance.id });
      await applyInstanceObjects(steps, { instanceId: instance.id });
    }
    expect(await appliedObjects(instance.namespace, instance.id)).toEqual(before);
  });
});
