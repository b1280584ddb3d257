import { isCommitPartRejected } from '../data/commit-part';
import { labelKeys } from '../provisioning/tenant/labels';
import { namespaceName } from '../provisioning/tenant/kubernetes-names';
import { instanceSlug } from '../provisioning/templates/instance-names';
import { allSubscriptionsOf } from '../subscriptions/all-subscriptions';
import { applyInstanceHealth, type HealthObservation, type InstanceHealthDeps } from '../subscriptions/instance-health';
import type { Instance } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import type { InboundClaims } from './inbound-claims';
import { acceptsRecovery, kubernetesClaimKey, podSignalOf, type KubernetesEvent } from './kubernetes-event';

export interface KubernetesEventDeps extends InstanceHealthDeps {
  claims: InboundClaims;
  subscriptions: Pick<SubscriptionStore, 'listForUser'>;
}

export type KubernetesEventOutcome = 'degraded' | 'recovered' | 'unchanged' | 'duplicate' | 'ignored';

const NAMESPACE_PREFIX = namespaceName('x').slice(0, -1);
/** ULIDs are Crockford base32 in capitals; names and labels carry them lower-cased. */
const idFromLabel = (value: string) => (/^[0-9a-hjkmnp-tv-z]{26}$/i.test(value) ? value.toUpperCase() : undefined);

/**
 * The platform instance an event is about: by the `paas.example/instance` label when the exporter sent the
 * object's labels, else by the namespace (the customer's `cust-<user id>`) and the instance's name prefix
 * (`<template>-<last 12 of the instance id>-…`) among that customer's subscriptions. Always checked against
 * the instance's own namespace, so an event can only touch an instance in the namespace it happened in.
 */
const instanceOf = async (deps: KubernetesEventDeps, event: KubernetesEvent): Promise<Instance | undefined> => {
  const namespace = event.involvedObject.namespace ?? event.metadata.namespace;
  if (!namespace?.startsWith(NAMESPACE_PREFIX)) return undefined;
  const labelled = idFromLabel(event.involvedObject.labels?.[labelKeys.instance] ?? '');
  let instanceId = labelled;
  if (!instanceId) {
    const userId = idFromLabel(namespace.slice(NAMESPACE_PREFIX.length));
    if (!userId) return undefined;
    const name = `${event.involvedObject.name}-`;
    instanceId = (await allSubscriptionsOf(deps.subscriptions, userId)).find((subscription) => name.includes(`-${instanceSlug(subscription.instanceId)}-`))?.instanceId;
  }
  const instance = instanceId ? await deps.health.getInstance(instanceId) : undefined;
  return instance?.namespace === namespace ? instance : undefined;
};

/**
 * One Kubernetes event (POST /v1/hooks/kubernetes): a pod of an instance crash-looping, OOM-killed, evicted
 * or failing to pull makes a RUNNING instance DEGRADED; a later sign of recovery (acceptsRecovery) makes a
 * DEGRADED one RUNNING; through the one shared transition (applyInstanceHealth). The event's claim (uid and
 * count) is committed with the move, or alone when nothing moves, so a repeat is a duplicate either way and
 * an old event resent after a recovery cannot degrade the instance again. Events about nothing the platform
 * runs, or that say nothing of health, are acknowledged and change nothing.
 */
export const applyKubernetesEvent = async (deps: KubernetesEventDeps, event: KubernetesEvent): Promise<{ outcome: KubernetesEventOutcome; instanceId?: string }> => {
  const signal = podSignalOf(event, deps.now());
  if (!signal) return { outcome: 'ignored' };
  const instance = await instanceOf(deps, event);
  if (!instance) return { outcome: 'ignored' };
  const key = kubernetesClaimKey(event);
  const observation: HealthObservation | undefined =
    signal.kind === 'unhealthy'
      ? { healthy: false, cause: signal.cause, reason: signal.reason, ...(signal.message ? { message: signal.message } : {}), pod: signal.pod, at: signal.at, observer: 'Kubernetes events hook' }
      : acceptsRecovery(instance.degradation, signal)
        ? { healthy: true, reason: signal.reason, pod: signal.pod, at: signal.at, observer: 'Kubernetes events hook' }
        : undefined;
  if (observation) {
    try {
      const { outcome } = await applyInstanceHealth(deps, instance, observation, [deps.claims.claimPart('kubernetes', key)]);
      if (outcome !== 'unchanged') return { outcome, instanceId: instance.id };
    } catch (error) {
      if (isCommitPartRejected(error)) return { outcome: 'duplicate', instanceId: instance.id };
      throw error;
    }
  }
  const claimed = await deps.claims.claim('kubernetes', key, []);
  return { outcome: claimed === 'duplicate' ? 'duplicate' : 'unchanged', instanceId: instance.id };
};
