import type { QueueStatus } from '../admin-queues/queue-depths';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import { allocatableOf } from '../provisioning/placement';
import type { Reservation } from '../workers/node-store';
import type { WorkerNode } from '../workers/node';

/**
 * What the platform watch looks at, as pure rules: each signal is raised or not as of now, with the event
 * that says it was raised and the one that says it was cleared. Only a change is told (the store decides).
 */
export interface Signal {
  key: string;
  raised: boolean;
  onRaise: DomainEvent;
  onClear: DomainEvent;
}

/**
 * Capacity is low when the HEALTHY, schedulable nodes have less than `thresholdPercent` of their allocatable
 * CPU or memory unreserved (the tighter of the two), or when there is no such node at all.
 */
export const capacitySignal = (nodes: readonly (WorkerNode & { reserved: Reservation })[], thresholdPercent: number, now: Date): Signal => {
  const usable = nodes.filter((node) => node.schedulable);
  const total = usable.reduce(
    (sum, node) => {
      const allocatable = allocatableOf(node);
      return {
        cpu: sum.cpu + allocatable.cpuMillicores,
        memory: sum.memory + allocatable.memoryMiB,
        reservedCpu: sum.reservedCpu + node.reserved.cpuMillicores,
        reservedMemory: sum.reservedMemory + node.reserved.memoryMiB,
      };
    },
    { cpu: 0, memory: 0, reservedCpu: 0, reservedMemory: 0 },
  );
  const free = (have: number, used: number) => (have > 0 ? Math.max(0, (have - used) / have) : 0);
  const freePercent = Math.round(Math.min(free(total.cpu, total.reservedCpu), free(total.memory, total.reservedMemory)) * 1000) / 10;
  return {
    key: 'capacity',
    raised: freePercent < thresholdPercent,
    onRaise: domainEvent('capacity.low', { freePercent, healthyNodes: usable.length, thresholdPercent }, now),
    onClear: domainEvent('capacity.recovered', { freePercent, healthyNodes: usable.length }, now),
  };
};

/** One signal per queue of the table: raised while its DLQ holds messages given up on. */
export const deadLetterSignals = (queues: readonly QueueStatus[], now: Date): Signal[] =>
  queues.map(({ name, deadLetterQueue }) => ({
    key: `dlq#${name}`,
    raised: deadLetterQueue.visible > 0,
    onRaise: domainEvent('queue.dead-letters', { queue: name, messages: deadLetterQueue.visible }, now),
    onClear: domainEvent('queue.drained', { queue: name }, now),
  }));
