import type { DocumentClient } from '../../shared/aws/dynamodb';
import { ulid } from 'ulid';
import type { PaymentDeps } from '../../shared/billing/apply-payment';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { stripeEventSchema } from '../../shared/billing/stripe-events';
import type { Cluster } from '../../shared/kubernetes/cluster';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import type { Instance, Subscription } from '../../shared/subscriptions/subscription';

/** The cluster calls a resumption makes, recorded; the simulated cluster is not needed to apply payments. */
const recordingCluster = () => {
  const calls: string[] = [];
  const cluster = {
    apply: async () => void calls.push('apply'),
    list: async () => [],
    read: async () => undefined,
    mergePatch: async () => void calls.push('mergePatch'),
    delete: async () => undefined,
  } as unknown as Cluster;
  return { cluster, calls };
};

/**
 * What the billing integration tests build on: the payment use cases' dependencies on a DynamoDB Local
 * table (from useDynamoDbTable, read when called: the table exists only once beforeAll has run) at a fixed
 * clock, subscriptions written through the store as the create route writes them, and Stripe events as the
 * webhook receives them.
 */
export const paymentFixtures = (table: () => { doc: DocumentClient; tableName: string }, clock: { now: Date; periodEnd: string }) => {
  const { now } = clock;

  /** Fresh dependencies; `clusterCalls` lists the cluster writes made through them. */
  const deps = () => {
    const { cluster, calls } = recordingCluster();
    const paymentDeps: PaymentDeps = {
      subscriptions: dynamoSubscriptionStore(table().doc, table().tableName),
      ledger: dynamoLedgerStore(table().doc, table().tableName),
      workflows: { start: async () => undefined },
      cluster,
      now: () => now,
    };
    return { ...paymentDeps, clusterCalls: calls };
  };

  /** An ACTIVE subscription (or in another state) with its instance, its period ending at `clock.periodEnd`. */
  const subscribed = async (overrides: Partial<Subscription> = {}, instanceStatus: Instance['status'] = 'RUNNING') => {
    const userId = ulid();
    const id = ulid();
    const instanceId = ulid();
    const at = new Date(now.getTime() - 10 * 24 * 3600 * 1000).toISOString();
    const subscription: Subscription = {
      id,
      userId,
      serviceSlug: 'n8n',
      planId: 'starter',
      name: 'n8n',
      status: 'ACTIVE',
      instanceId,
      price: { amount: 1900, currency: 'EUR' },
      billingPeriod: 'month',
      currentPeriodStart: at,
      currentPeriodEnd: clock.periodEnd,
      createdAt: at,
      updatedAt: at,
      ...overrides,
    };
    const instance: Instance = {
      id: instanceId,
      subscriptionId: id,
      userId,
      status: instanceStatus,
      serviceSlug: 'n8n',
      template: 'n8n',
      appVersion: '1.0.0',
      namespace: `cust-${userId.toLowerCase()}`,
      url: 'https://x.apps.localhost',
      resources: { cpuMillicores: 500, memoryMiB: 512, storageGiB: 1 },
      steps: [],
      createdAt: at,
      updatedAt: at,
    };
    await deps().subscriptions.create(subscription, instance, []);
    return subscription;
  };

  /** A Stripe event, created at the fixed clock unless told. */
  const stripeEvent = (type: string, object: Record<string, unknown>, id = `evt_${ulid()}`, created = Math.floor(now.getTime() / 1000)) =>
    stripeEventSchema.parse({ id, object: 'event', type, created, data: { object } });

  /** A paid invoice of the plan's price (EUR 19.00) for the subscription named in its metadata. */
  const invoicePaid = (subscriptionId: string, extra: Record<string, unknown> = {}) =>
    stripeEvent('invoice.paid', { id: `in_${ulid()}`, object: 'invoice', amount_paid: 1900, currency: 'eur', parent: { subscription_details: { metadata: { subscriptionId } } }, ...extra });

  return { deps, subscribed, stripeEvent, invoicePaid };
};
