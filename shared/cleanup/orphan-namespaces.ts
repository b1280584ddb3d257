import type { Cluster } from '../kubernetes/cluster';
import { errorFields } from '../logging/error-fields';
import { allSubscriptionsOf } from '../subscriptions/all-subscriptions';
import type { Instance } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import { type CleanupSettings, namespaceVerdict, ownsLiveWork, tenantNamespaceSelector } from './cleanup-rules';

export interface OrphanSweep {
  /** Namespaces the one label-selected list returned. */
  namespacesListed: number;
  /** Delete requests sent; two runs at once may both send one for the same namespace, which is harmless. */
  orphanNamespacesDeleted: number;
  namespacesKept: { live: number; young: number; terminating: number; notThePlatforms: number };
  failed: number;
}


/** Every subscription of a customer, with the instances of those no longer live (a cancelled one may still be DELETING). */
const ownerRecords = async (subscriptions: SubscriptionStore, userId: string) => {
  const all = await allSubscriptionsOf(subscriptions, userId);
  // A live subscription settles it; only without one are the instances read.
  const live = ownsLiveWork(all, []);
  const instances: (Instance | undefined)[] = live ? [] : await Promise.all(all.map((s) => subscriptions.getInstance(s.instanceId)));
  return { live: live || ownsLiveWork(all, instances) };
};

/**
 * Deletes the platform's customer namespaces that nothing live owns any more: what a deprovisioning that
 * failed halfway, a provisioning rolled back, or a deleted account left behind. One cluster-wide list by the
 * platform's label; each namespace old enough is judged by its owner's records, read just before the
 * delete; everything else is left alone. A namespace holds only its own customer's objects, so a live
 * instance's never go with it.
 */
export const sweepOrphanNamespaces = async (
  deps: { cluster: Cluster; subscriptions: SubscriptionStore; now: () => Date },
  settings: CleanupSettings,
  log: (message: string, fields: Record<string, unknown>) => void,
): Promise<OrphanSweep> => {
  const now = deps.now();
  const namespaces = await deps.cluster.list({ apiVersion: 'v1', kind: 'Namespace' }, { labelSelector: tenantNamespaceSelector });
  const sweep: OrphanSweep = { namespacesListed: namespaces.length, orphanNamespacesDeleted: 0, namespacesKept: { live: 0, young: 0, terminating: 0, notThePlatforms: 0 }, failed: 0 };
  for (const namespace of namespaces) {
    const verdict = namespaceVerdict(namespace, now, settings);
    if (verdict.kind === 'keep') {
      sweep.namespacesKept[verdict.reason === 'not-the-platforms' ? 'notThePlatforms' : verdict.reason] += 1;
      continue;
    }
    try {
      if ((await ownerRecords(deps.subscriptions, verdict.userId)).live) {
        sweep.namespacesKept.live += 1;
        continue;
      }
      await deps.cluster.delete({ apiVersion: 'v1', kind: 'Namespace' }, namespace.metadata.name);
      sweep.orphanNamespacesDeleted += 1;
      log('cleanup: deleted a namespace no live instance owns', { namespace: namespace.metadata.name, userId: verdict.userId });
    } catch (error) {
      sweep.failed += 1;
      log('cleanup: a namespace could not be judged or deleted, left for the next run', { namespace: namespace.metadata.name, ...errorFields(error) });
    }
  }
  return sweep;
};
