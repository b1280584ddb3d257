import { ulid } from 'ulid';
import { getActiveService, type CatalogDeps } from '../catalog/catalog-use-cases';
import { defaultVersionOf, imageReference } from '../catalog/service-version';
import { AppError, notFound } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import { allocatableOf, rankNodes } from '../provisioning/placement';
import { idLabel, namespaceName } from '../provisioning/tenant/kubernetes-names';
import type { NodeStore } from '../workers/node-store';
import type { CreateSubscription, Instance, Subscription } from './subscription';
import type { SubscriptionStore } from './subscription-store';
import { startProvisioning } from './start-provisioning';
import type { WorkflowStarter } from './workflow-starter';
import { requestFingerprint } from '../crypto/sha256';

export interface SubscriptionDeps {
  services: CatalogDeps['services'];
  subscriptions: SubscriptionStore;
  nodes: NodeStore;
  workflows: WorkflowStarter;
  appsDomain: string;
  now: () => Date;
}

const requestHash = (input: CreateSubscription) => requestFingerprint(input.serviceSlug, input.planId, input.name ?? null);

/**
 * Subscribes a customer to a plan: checks the service, the plan and that some healthy node has room (409
 * and nothing written otherwise), writes the subscription, its instance, the idempotency record and
 * `subscription.created` in one transaction, and starts the provisioning workflow named after the instance.
 * The same Idempotency-Key with the same body answers the first result (and re-starting its workflow is a
 * no-op); with another body it is a 422.
 */
export const createSubscription = async (deps: SubscriptionDeps, userId: string, input: CreateSubscription, idempotencyKey?: string) => {
  const service = await getActiveService({ services: deps.services, now: deps.now }, input.serviceSlug);
  const plan = service.plans.find((p) => p.id === input.planId);
  if (!plan) throw notFound(`The plan "${input.planId}" of ${service.name}`);

  const rooms = (await deps.nodes.healthyWithReservations())
    .filter((node) => node.schedulable && !node.draining)
    .map((node) => ({ name: node.name, allocatable: allocatableOf(node), reserved: node.reserved }));
  if (rankNodes(rooms, plan.limits).length === 0) {
    throw new AppError('conflict', `No healthy node has room for the ${plan.name} plan right now; try again later or pick a smaller plan.`);
  }

  const defaultVersion = defaultVersionOf(service.versions);
  const now = deps.now();
  const at = now.toISOString();
  const subscriptionId = ulid(now.getTime());
  const instanceId = ulid(now.getTime());
  const subscription: Subscription = {
    id: subscriptionId,
    userId,
    serviceSlug: service.slug,
    planId: plan.id,
    name: input.name ?? `${service.name} ${plan.name}`,
    status: 'PROVISIONING',
    instanceId,
    price: plan.price,
    billingPeriod: plan.billingPeriod,
    createdAt: at,
    updatedAt: at,
  };
  const instance: Instance = {
    id: instanceId,
    subscriptionId,
    userId,
    status: 'PROVISIONING',
    serviceSlug: service.slug,
    template: service.template,
    // A new instance runs the catalog's default version, on that version's image.
    appVersion: defaultVersion?.version ?? service.version,
    ...(defaultVersion && { image: imageReference(defaultVersion) }),
    namespace: namespaceName(userId),
    // The same host the template gives the instance's Ingress.
    url: `https://${idLabel(instanceId, 'instanceId')}.${deps.appsDomain}`,
    resources: plan.limits,
    steps: [{ step: 'requested', at }],
    createdAt: at,
    updatedAt: at,
  };
  const outcome = await deps.subscriptions.create(
    subscription,
    instance,
    [domainEvent('subscription.created', { userId, subscriptionId, serviceSlug: service.slug, planId: plan.id }, now)],
    idempotencyKey ? { key: idempotencyKey, requestHash: requestHash(input) } : undefined,
  );
  if (outcome.kind === 'key-reused') {
    throw new AppError('unprocessable', 'This Idempotency-Key was already used with a different body.', {
      errors: [{ field: 'header.idempotency-key', message: 'was used for another request' }],
    });
  }
  const stored = outcome.kind === 'replayed' ? await deps.subscriptions.get(userId, outcome.subscriptionId) : subscription;
  const storedInstance = outcome.kind === 'replayed' && stored ? await deps.subscriptions.getInstance(stored.instanceId) : instance;
  if (!stored || !storedInstance) throw notFound('The subscription of this Idempotency-Key');
  // The fast path: the table's stream starts it too from the committed instance (start-provisioning), so a
  // crash right here leaves nothing stuck. Starting is idempotent by name and input.
  await startProvisioning(deps.workflows, storedInstance);
  return { subscription: stored, instance: storedInstance };
};
