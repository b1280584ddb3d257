import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { objectsLabelled, reservationsOn } from '../../support/cluster-leftovers';
import { recordHardeningFigures } from '../../support/hardening-report';
import { subscriptionEventTypes, useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance } from '../../support/provisioning';

/**
 * Fault: the Kubernetes API fails during a provisioning step, and keeps failing. The apply step is retried
 * (the state machine's Retry, the deployed number of attempts; 50 ms apart here instead of the 2 s backoff),
 * then the workflow rolls back: FAILED, zero objects of the instance left, its capacity slot free again, one
 * `instance.failed` and no `instance.running`. Moved here from test/e2e/subscriptions/faults-and-races.test.ts,
 * whose other cases (a throttling API that recovers, a workflow started twice, two cancels at once) stay there.
 */
const platform = useLocalPlatform({ workflowRetryMilliseconds: 50 });
const api = apiClient(platform);
let token: string;

beforeAll(async () => {
  await registerWorker(api);
  token = (await api.register()).accessToken;
});

/** PATCHes (server-side apply) of Deployments in the namespace the API server has seen, failed or not. */
const deploymentPatches = (namespace: string) =>
  [...platform().kubernetes!.simulatedCluster!.requestCounts()]
    .filter(([request]) => request.startsWith('PATCH ') && request.includes(`/namespaces/${namespace}/deployments`))
    .reduce((sum, [, count]) => sum + count, 0);

describe('fault: the Kubernetes API failing during a provisioning step', () => {
  it('is retried, then rolled back: FAILED, zero leftover objects, the slot free, one instance.failed', async () => {
    const cluster = platform().kubernetes!.simulatedCluster!;
    cluster.injectFaults({ count: 1000, status: 500, method: 'PATCH', pathIncludes: '/deployments' });
    try {
      const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
      expect(created.status).toBe(202);
      const { subscription, instance } = created.json as { subscription: { id: string }; instance: { id: string; namespace: string } };

      const failed = await settledInstance(api, token, subscription.id);
      expect(failed.status).toBe('FAILED');
      expect(failed.failureReason).toMatch(/Transient|500/);
      const attempts = deploymentPatches(instance.namespace);
      expect(attempts).toBeGreaterThan(1);

      const leftovers = await objectsLabelled(platform(), instance.namespace, instance.id);
      expect(leftovers).toEqual([]);
      expect(Object.keys(await reservationsOn(platform(), 'worker-1'))).not.toContain(instance.id);
      const events = await subscriptionEventTypes(platform(), subscription.id);
      expect(events.filter((type) => type === 'instance.failed')).toHaveLength(1);
      expect(events.filter((type) => type === 'instance.running')).toHaveLength(0);

      recordHardeningFigures('faults-kubernetes-api-failing', {
        suite: 'Faults',
        figures: { injected: 1, 'failed apply attempts before the rollback': attempts, 'leftover objects': leftovers.length },
        notes: ['Every PATCH of a Deployment answered 500: the apply step was retried with the deployed Retry, then rolled back (FAILED, nothing left, the slot released, one instance.failed).'],
      });
    } finally {
      cluster.clearFaults();
    }
  }, 90_000);
});
