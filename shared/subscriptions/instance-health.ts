import type { CommitPart } from '../data/commit-part';
import { AppError } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import type { InstanceHealthStore } from './instance-health-store';
import { type DegradationCause, healthAction, nextInstanceState } from './lifecycle';
import type { Instance } from './subscription';

/** What an observer saw of an instance's pods. */
export type HealthObservation =
  | { healthy: false; cause: DegradationCause; reason: string; message?: string; pod?: string; at: Date; observer: string }
  | { healthy: true; reason: string; pod?: string; at: Date; observer: string };

export type HealthOutcome = 'degraded' | 'recovered' | 'unchanged';

export interface InstanceHealthDeps {
  health: InstanceHealthStore;
  now: () => Date;
}

const MAX_DETAIL = 300;

const stepDetail = (observation: HealthObservation) => {
  const message = !observation.healthy && observation.message ? `: ${observation.message}` : '';
  const pod = observation.pod ? ` (pod ${observation.pod})` : '';
  return `${observation.reason}${message}${pod}; seen by the ${observation.observer}`.slice(0, MAX_DETAIL);
};

/**
 * The one health transition of an instance, for every observer (the Kubernetes events hook now, the pod-health
 * job of the expiry work later): RUNNING seen unhealthy → DEGRADED with `instance.degraded`; DEGRADED seen
 * healthy → RUNNING with `instance.recovered`; anything else changes nothing. The move is conditional on the
 * state it was computed from, so when two observers see the same change, the first makes it and the second,
 * read again, finds nothing left to do: one transition, one event, whichever sees it first. The parts (the
 * claim of the event that was seen) are committed with the move, and only with a move.
 */
export const applyInstanceHealth = async (
  deps: InstanceHealthDeps,
  instance: Instance,
  observation: HealthObservation,
  parts: readonly CommitPart[] = [],
): Promise<{ outcome: HealthOutcome; instance: Instance }> => {
  let current = instance;
  for (let attempt = 0; ; attempt++) {
    const action = healthAction(current.status, observation.healthy);
    if (!action) return { outcome: 'unchanged', instance: current };
    const to = nextInstanceState(current.status, action) as 'RUNNING' | 'DEGRADED';
    const now = deps.now();
    const scope = { userId: current.userId, instanceId: current.id, subscriptionId: current.subscriptionId };
    const reason = observation.healthy ? observation.reason : `${observation.reason}${observation.message ? `: ${observation.message}` : ''}`.slice(0, MAX_DETAIL);
    const event = observation.healthy ? domainEvent('instance.recovered', scope, now) : domainEvent('instance.degraded', { ...scope, reason }, now);
    try {
      const moved = await deps.health.moveHealth(
        current,
        {
          to,
          now: now.toISOString(),
          step: { step: observation.healthy ? 'recovered' : 'degraded', at: now.toISOString(), detail: stepDetail(observation) },
          ...(observation.healthy
            ? {}
            : {
                degradation: {
                  cause: observation.cause,
                  reason: observation.reason,
                  ...(observation.message ? { message: observation.message.slice(0, MAX_DETAIL) } : {}),
                  ...(observation.pod ? { pod: observation.pod } : {}),
                  since: observation.at.toISOString(),
                },
              }),
        },
        [event],
        parts,
      );
      return { outcome: observation.healthy ? 'recovered' : 'degraded', instance: moved };
    } catch (error) {
      // Another observer (or a lifecycle change) got there first: judge again on what it left.
      if (!(error instanceof AppError && error.type === 'conflict') || attempt > 0) throw error;
      const latest = await deps.health.getInstance(current.id);
      if (!latest) throw error;
      current = latest;
    }
  }
};
