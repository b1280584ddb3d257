import * as z from 'zod';

/**
 * Every domain event of the platform: its `detail-type` and the schema of its detail (DESIGN section 3).
 * Publishers validate against it, EventBridge rules and webhook fan-out select by it, and the docs list it.
 * `audience` says who may receive it: `customer` events go to the owning customer's webhooks, `platform`
 * events to administrators only.
 */
const id = z.string().min(1);
const customerScoped = { userId: id };

type Audience = 'customer' | 'platform';

/**
 * One event of the catalogue. Its detail schema is built on first use, not when the catalogue is imported:
 * nearly every function imports the catalogue (the outbox, the fan-out), few validate more than one or two
 * events, and building all 72 schemas was about 200 zod objects at every cold start (issue 21).
 */
const event = <A extends Audience, S extends z.ZodType>(audience: A, detail: () => S): { readonly audience: A; readonly detail: S } => {
  let built: S | undefined;
  return {
    audience,
    get detail() {
      return (built ??= detail());
    },
  };
};

export const eventCatalogue = {
  'service.created': event('platform', () => z.object({ slug: id, name: z.string() })),
  'service.updated': event('platform', () => z.object({ slug: id, changed: z.array(z.string()) })),
  'service.deactivated': event('platform', () => z.object({ slug: id })),
  'service.version-added': event('platform', () => z.object({ slug: id, version: id })),
  'service.version-updated': event('platform', () => z.object({ slug: id, version: id, changed: z.array(z.string()) })),

  'user.registered': event('platform', () => z.object({ userId: id })),
  'user.updated': event('platform', () => z.object({ userId: id, changed: z.array(z.string()) })),
  'user.disabled': event('platform', () => z.object({ userId: id })),
  'user.deleted': event('platform', () => z.object({ userId: id })),
  /** The customer followed the verification link sent to their address. */
  'user.email-verified': event('customer', () => z.object({ ...customerScoped })),
  /** The account moved to the address it asked for, once the link emailed there was followed (the old address is told). */
  'user.email-changed': event('customer', () => z.object({ ...customerScoped })),
  /** The password was set through a reset link; every session was ended. */
  'user.password-reset': event('customer', () => z.object({ ...customerScoped })),
  /** The customer closed their account: subscriptions cancelled, webhooks removed, personal data erased. */
  'account.closed': event('platform', () => z.object({ userId: id, subscriptionsCancelled: z.number().int().min(0) })),

  // Account security (shared/api-keys, shared/mfa): the owner hears of every change, by webhook and email.
  'api-key.created': event('customer', () => z.object({ ...customerScoped, apiKeyId: id, name: z.string(), scopes: z.array(z.string()), expiresAt: z.string().optional() })),
  'api-key.revoked': event('customer', () => z.object({ ...customerScoped, apiKeyId: id })),
  'mfa.enabled': event('customer', () => z.object({ ...customerScoped, method: z.literal('totp') })),
  'mfa.disabled': event('customer', () => z.object({ ...customerScoped, method: z.literal('totp'), confirmedWith: z.enum(['totp', 'recovery-code']) })),

  'subscription.created': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, serviceSlug: id, planId: id })),
  'subscription.activated': event('customer', () => z.object({ ...customerScoped, subscriptionId: id })),
  'subscription.renewed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, currentPeriodEnd: z.string() })),
  'subscription.expiring': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, currentPeriodEnd: z.string() })),
  'subscription.suspended': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, reason: z.string() })),
  'subscription.resumed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id })),
  'subscription.cancelled': event('customer', () => z.object({ ...customerScoped, subscriptionId: id })),
  'subscription.expired': event('customer', () => z.object({ ...customerScoped, subscriptionId: id })),

  'instance.running': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, url: z.string(), provisioningSeconds: z.number().nonnegative().optional() })),
  'instance.degraded': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, reason: z.string() })),
  'instance.failed': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, reason: z.string() })),
  'instance.deleted': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id })),
  'instance.upgrade-started': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, upgradeId: id, fromVersion: id, toVersion: id })),
  'instance.upgraded': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, upgradeId: id, fromVersion: id, toVersion: id })),
  'instance.upgrade-failed': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, upgradeId: id, fromVersion: id, toVersion: id, reason: z.string(), dataRestored: z.boolean() })),
  'version.end-of-life-notice': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, serviceSlug: id, version: id, endOfLifeAt: z.string(), daysLeft: z.number().int(), upgradeTo: z.string().optional() })),
  'instance.recovered': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id })),
  // A rolling restart (shared/instance-operations): started by the customer, ended by its workflow either way.
  'instance.restarting': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, restartId: id })),
  'instance.restarted': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, restartId: id })),
  'instance.restart-failed': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, restartId: id, reason: z.string() })),

  // Backups and restores (shared/backups): the customer's, and administrators' for a failed scheduled one.
  'backup.completed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, backupId: id, kind: z.string(), sizeBytes: z.number().int().nonnegative() })),
  'backup.failed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, backupId: id, kind: z.string(), reason: z.string() })),
  'backup.scheduled-failed': event('platform', () => z.object({ userId: id, subscriptionId: id, instanceId: id, backupId: id, reason: z.string() })),
  'restore.completed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, backupId: id })),
  'restore.failed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, backupId: id, reason: z.string(), safetyRestored: z.boolean() })),

  // Custom domains (shared/domains): each step of a domain's life, to its customer.
  'domain.added': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, hostname: id })),
  'domain.verified': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, hostname: id })),
  'domain.active': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, hostname: id })),
  'domain.certificate-failed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, hostname: id, reason: z.string() })),
  'domain.lapsed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, hostname: id, reason: z.string() })),
  'domain.failed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, hostname: id, reason: z.string() })),
  'domain.removed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, hostname: id })),
  // Plan changes (shared/plan-changes): started, and how the resize ended (the prorated entry with a change that ran).
  'subscription.plan-change-started': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, planChangeId: id, fromPlanId: id, toPlanId: id })),
  'subscription.plan-changed': event('customer', () => z.object({
      ...customerScoped,
      subscriptionId: id,
      instanceId: id,
      planChangeId: id,
      fromPlanId: id,
      toPlanId: id,
      // The prorated entry for the rest of the period: a charge (upgrade), a credit (downgrade), or none.
      prorationKind: z.enum(['charge', 'credit', 'none']),
      amount: z.number().int().nonnegative(),
      currency: z.string(),
      transactionId: id.optional(),
    })),
  'subscription.plan-change-failed': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, instanceId: id, planChangeId: id, fromPlanId: id, toPlanId: id, reason: z.string() })),

  'payment.succeeded': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, amount: z.number().int(), currency: z.string(), transactionId: id.optional() })),
  // Dunning (shared/billing/dunning.ts), for a failed invoice: the attempt, Stripe's next retry, and after the last one the period end the suspension comes at.
  'payment.failed': event('customer', () => z.object({
      ...customerScoped,
      subscriptionId: id,
      reason: z.string(),
      transactionId: id.optional(),
      attempt: z.number().int().positive().optional(),
      nextRetryAt: z.string().optional(),
      finalAttempt: z.boolean().optional(),
      suspendsAt: z.string().optional(),
    })),
  // Inbound payments (shared/billing): a refund recorded in the ledger; a payment no customer could be matched to.
  'payment.refunded': event('customer', () => z.object({ ...customerScoped, subscriptionId: id, amount: z.number().int(), currency: z.string(), transactionId: id })),
  'payment.unmatched': event('platform', () => z.object({ transactionId: id, kind: z.string(), amount: z.number().int(), currency: z.string(), reason: z.string(), providerEventId: id })),
  // Alertmanager alerts (shared/inbound-webhooks): every alert to administrators, and to the owner of the instance it names.
  'alert.firing': event('platform', () => z.object({ alertName: z.string(), fingerprint: id, startsAt: z.string(), severity: z.string().optional(), summary: z.string().optional(), labels: z.record(z.string(), z.string()), instanceId: id.optional() })),
  'alert.resolved': event('platform', () => z.object({ alertName: z.string(), fingerprint: id, startsAt: z.string(), endsAt: z.string().optional(), severity: z.string().optional(), summary: z.string().optional(), labels: z.record(z.string(), z.string()), instanceId: id.optional() })),
  'instance.alert': event('customer', () => z.object({ ...customerScoped, instanceId: id, subscriptionId: id, alertName: z.string(), status: z.enum(['firing', 'resolved']), severity: z.string().optional(), summary: z.string().optional() })),
  'notification.created': event('customer', () => z.object({ ...customerScoped, notificationId: id, title: z.string() })),
  'webhook.test': event('customer', () => z.object({ ...customerScoped, webhookId: id })),
  'webhook.failing': event('customer', () => z.object({ ...customerScoped, webhookId: id })),
  'webhook.disabled': event('customer', () => z.object({ ...customerScoped, webhookId: id })),
  'webhook.recovered': event('customer', () => z.object({ ...customerScoped, webhookId: id })),

  // The platform watch (every 5 minutes): raised once when the condition starts, cleared once when it ends.
  'capacity.low': event('platform', () => z.object({ freePercent: z.number(), healthyNodes: z.number().int(), thresholdPercent: z.number() })),
  'capacity.recovered': event('platform', () => z.object({ freePercent: z.number(), healthyNodes: z.number().int() })),
  'queue.dead-letters': event('platform', () => z.object({ queue: id, messages: z.number().int() })),
  'queue.drained': event('platform', () => z.object({ queue: id })),

  'worker.registered': event('platform', () => z.object({ nodeName: id })),
  'worker.unhealthy': event('platform', () => z.object({ nodeName: id, lastHeartbeatAt: z.string() })),
  'worker.offline': event('platform', () => z.object({ nodeName: id, lastHeartbeatAt: z.string() })),
  'worker.recovered': event('platform', () => z.object({ nodeName: id })),
} as const satisfies Record<string, { readonly audience: Audience; readonly detail: z.ZodType }>;

export type EventType = keyof typeof eventCatalogue;
export type EventDetail<T extends EventType> = z.infer<(typeof eventCatalogue)[T]['detail']>;
export const eventTypes = Object.keys(eventCatalogue) as EventType[];

/** The EventBridge `source` of every event the platform publishes. */
export const EVENT_SOURCE = 'paas.platform';
