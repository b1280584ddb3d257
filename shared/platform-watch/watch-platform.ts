import { listQueueDepths } from '../admin-queues/queue-depths';
import type { QueueAdmin } from '../admin-queues/queue-admin';
import type { QueueLocation } from '../queues/queue-environment';
import type { NodeStore } from '../workers/node-store';
import type { SignalStore } from './dynamo-signal-store';
import { capacitySignal, deadLetterSignals } from './signals';

export interface WatchDeps {
  nodes: Pick<NodeStore, 'healthyWithReservations'>;
  queues: readonly QueueLocation[];
  admin: Pick<QueueAdmin, 'depth'>;
  signals: SignalStore;
  capacityLowPercent: number;
  now: () => Date;
}

/**
 * The platform watch (every 5 minutes): capacity running low and messages waiting in a DLQ become platform
 * events (`capacity.low` / `capacity.recovered`, `queue.dead-letters` / `queue.drained`), which reach the
 * administrators' webhooks like every platform event. Each is told when it starts and when it ends, never in
 * between: one index query for the nodes, two GetQueueAttributes per queue, one query for the signals' last
 * states, and a write only for a signal that changed (conditional, so two watches at once tell it once).
 */
export const watchPlatform = async (deps: WatchDeps) => {
  const now = deps.now();
  const [nodes, depths, recorded] = await Promise.all([deps.nodes.healthyWithReservations(), listQueueDepths(deps), deps.signals.recorded()]);
  const signals = [capacitySignal(nodes, deps.capacityLowPercent, now), ...deadLetterSignals(depths.items, now)];
  // Each signal is its own item: the changed ones are written side by side.
  const moved = signals.filter((signal) => signal.raised !== (recorded.get(signal.key) ?? false));
  const told = await Promise.all(moved.map((signal) => deps.signals.record(signal, now.toISOString())));
  const changed = moved.filter((_, i) => told[i]).map((signal) => `${signal.key}: ${signal.raised ? 'raised' : 'cleared'}`);
  // Every DLQ's waiting messages together: the DeadLetterMessages gauge the function records from this run.
  const deadLetterMessages = depths.items.reduce((sum, item) => sum + item.deadLetterQueue.visible, 0);
  return { at: now.toISOString(), signals: signals.map((s) => ({ key: s.key, raised: s.raised })), changed, deadLetterMessages };
};
