import type { Page } from '../catalog/service-store';
import type { CommitPart } from '../data/commit-part';
import type { DomainEvent } from '../events/domain-event';
import type { DuePhase } from './expiry';
import type { InstanceState, SubscriptionState } from './lifecycle';
import type { Instance, Subscription } from './subscription';
import type { UnsettledInstance, UnsettledState } from './unsettled-instances';

export interface IdempotencyClaim {
  key: string;
  /** A hash of the request body: the same key with another body is refused. */
  requestHash: string;
}

export type CreateOutcome = { kind: 'created' } | { kind: 'replayed'; subscriptionId: string } | { kind: 'key-reused' };

export interface AdminSubscriptionQuery {
  limit: number;
  cursor?: string;
  status?: SubscriptionState;
  serviceSlug?: string;
  userId?: string;
}

/** Subscriptions' and instances' storage port; the DynamoDB adapter is dynamo-subscription-store.ts. */
export interface SubscriptionStore {
  /** The subscription, its instance, the idempotency record and the events, in one transaction. */
  create(subscription: Subscription, instance: Instance, events: DomainEvent[], idempotency?: IdempotencyClaim): Promise<CreateOutcome>;
  /** Only the owner's: another customer's id is simply not found. */
  get(userId: string, subscriptionId: string): Promise<Subscription | undefined>;
  listForUser(userId: string, page: { limit: number; cursor?: string }): Promise<Page<Subscription>>;
  listAll(query: AdminSubscriptionQuery): Promise<Page<Subscription>>;
  /** Any customer's subscription, by id (administrators, workflows). */
  getAny(subscriptionId: string): Promise<Subscription | undefined>;
  getInstance(instanceId: string): Promise<Instance | undefined>;
  /**
   * Moves a subscription from the state it was read in, on its version; `conflict` naming the state when it
   * changed meanwhile. Extra fields (period, reason) change with it, and the events are committed with it,
   * and so are the parts other stores add (a ledger entry): a part whose own condition fails rejects the
   * whole change with `CommitPartRejected`.
   */
  transitionSubscription(
    current: Subscription,
    to: SubscriptionState,
    changes: Partial<Subscription>,
    events: DomainEvent[],
    parts?: readonly CommitPart[],
  ): Promise<Subscription>;
  /** How many subscriptions are in each state (every state, 0 when none), from counters kept in the state changes. */
  countByState(): Promise<Record<SubscriptionState, number>>;
  /** The expiry job's due index: the subscriptions in a phase dated up to `until`, oldest first. */
  listDue(phase: DuePhase, until: string, page: { limit: number; cursor?: string }): Promise<Page<Subscription>>;
  /**
   * Moves an instance from the state it was read in (`conflict` when it changed meanwhile). The cleanup
   * index entry follows the move (unsettled-instances.ts), in the same write, and so do the parts other
   * stores add (a backup record), rejected as a whole with `CommitPartRejected` when a part's condition fails.
   */
  transitionInstance(current: Instance, to: InstanceState, changes: Partial<Instance>, events: DomainEvent[], parts?: readonly CommitPart[]): Promise<Instance>;
  /**
   * Moves an instance and its subscription in one transaction, each as its own transition would, with the
   * events of both and the parts other stores add: nobody can read one moved and the other not yet
   * (`conflict` when either changed meanwhile, `CommitPartRejected` as for a subscription's move).
   */
  transitionTogether(
    instance: { current: Instance; to: InstanceState; changes: Partial<Instance> },
    subscription: { current: Subscription; to: SubscriptionState; changes: Partial<Subscription> },
    events: DomainEvent[],
    parts?: readonly CommitPart[],
  ): Promise<{ instance: Instance; subscription: Subscription }>;
  /** How many live (not DELETED) instances of a service run an app version (GSI1, instances by version). */
  countOnVersion(serviceSlug: string, appVersion: string): Promise<number>;
  /** The live instances of a service on an app version, by id (batch upgrades, end-of-life notices). */
  listOnVersion(serviceSlug: string, appVersion: string, page: { limit: number; cursor?: string }): Promise<Page<Instance>>;
  /** The cleanup job's index: instances that entered `state` no later than `until`, oldest first. */
  listUnsettled(state: UnsettledState, until: string, page: { limit: number; cursor?: string }): Promise<Page<UnsettledInstance>>;
  /**
   * Records a step of the instance's workflow (shown to the customer as its last events), once: a retried
   * task records nothing twice. `operation` (the backup, restore, upgrade or plan change the step belongs to)
   * scopes that "once", so the next operation's same step is recorded again.
   */
  addInstanceStep(instanceId: string, step: string, detail?: string, operation?: string): Promise<void>;
}
