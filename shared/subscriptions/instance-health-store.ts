import type { CommitPart } from '../data/commit-part';
import type { DomainEvent } from '../events/domain-event';
import type { Instance } from './subscription';

export type Degradation = NonNullable<Instance['degradation']>;

export interface HealthMove {
  to: 'RUNNING' | 'DEGRADED';
  /** Appended to the instance's last events (what the customer sees in GET …/instance). */
  step: Instance['steps'][number];
  /** Set when it degrades; removed when it recovers. */
  degradation?: Degradation;
  now: string;
}

/** The storage port of instance health (the DynamoDB adapter is dynamo-instance-health-store.ts). */
export interface InstanceHealthStore {
  getInstance(instanceId: string): Promise<Instance | undefined>;
  /** Several instances in as few reads as the table allows (strongly consistent); absent ids are left out. */
  getInstances(instanceIds: readonly string[]): Promise<Map<string, Instance>>;
  /**
   * Moves the instance from the state it was read in to `to`, appends the step, sets or removes its
   * degradation, and commits the events and the parts other stores add, in one transaction: `conflict` when
   * its state changed meanwhile, `CommitPartRejected` when a part's item exists (the event was claimed).
   */
  moveHealth(current: Instance, move: HealthMove, events: readonly DomainEvent[], parts: readonly CommitPart[]): Promise<Instance>;
}
