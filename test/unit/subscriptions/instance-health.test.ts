import { describe, expect, it } from 'vitest';
import { CommitPartRejected, type CommitPart } from '../../../shared/data/commit-part';
import { conflict } from '../../../shared/errors/app-error';
import type { DomainEvent } from '../../../shared/events/domain-event';
import { applyInstanceHealth, type HealthObservation } from '../../../shared/subscriptions/instance-health';
import type { HealthMove, InstanceHealthStore } from '../../../shared/subscriptions/instance-health-store';
import { healthAction, instanceStates, nextInstanceState } from '../../../shared/subscriptions/lifecycle';
import type { Instance } from '../../../shared/subscriptions/subscription';

const now = new Date('2026-03-01T12:00:00.000Z');
const instance = (status: Instance['status'], extra: Partial<Instance> = {}): Instance => ({
  id: '01JD7Y7Q8M3K2V1X0W9Z8Y7X6W',
  subscriptionId: '01JD7Y7Q8M3K2V1X0W9Z8Y7X6V',
  userId: '01JD7Y7Q8M3K2V1X0W9Z8Y7X6T',
  status,
  serviceSlug: 'n8n',
  template: 'n8n',
  appVersion: '1.0.0',
  namespace: 'cust-01jd7y7q8m3k2v1x0w9z8y7x6t',
  url: 'https://x.apps.localhost',
  resources: { cpuMillicores: 500, memoryMiB: 512, storageGiB: 1 },
  steps: [],
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  ...extra,
});

/** A store that keeps one instance, moves it only from the state it was read in, and records what it committed. */
const fakeStore = (stored: Instance) => {
  let current = stored;
  const commits: { move: HealthMove; events: readonly DomainEvent[]; parts: readonly CommitPart[] }[] = [];
  const claimed = new Set<string>();
  const store: InstanceHealthStore = {
    getInstance: async () => current,
    getInstances: async () => new Map([[current.id, current]]),
    async moveHealth(read, move, events, parts) {
      for (const part of parts) if (claimed.has(part.label)) throw new CommitPartRejected(part);
      if (read.status !== current.status) throw conflict('moved');
      for (const part of parts) claimed.add(part.label);
      commits.push({ move, events, parts });
      current = { ...current, status: move.to, steps: [...current.steps, move.step], ...(move.degradation ? { degradation: move.degradation } : { degradation: undefined }) };
      return current;
    },
  };
  return { store, commits, set: (next: Instance) => (current = next), get: () => current };
};

const crashLoop: HealthObservation = { healthy: false, cause: 'crash-loop', reason: 'BackOff', message: 'Back-off restarting failed container', pod: 'n8n-1', at: now, observer: 'test' };
const started: HealthObservation = { healthy: true, reason: 'Started', pod: 'n8n-2', at: now, observer: 'test' };

describe('the health moves of the instance lifecycle', () => {
  it('goes RUNNING → DEGRADED → RUNNING, and nowhere else', () => {
    expect(nextInstanceState('RUNNING', 'degrade')).toBe('DEGRADED');
    expect(nextInstanceState('DEGRADED', 'recover')).toBe('RUNNING');
    expect(healthAction('RUNNING', false)).toBe('degrade');
    expect(healthAction('DEGRADED', true)).toBe('recover');
    for (const state of instanceStates) {
      if (state !== 'RUNNING') expect(healthAction(state, false), state).toBeUndefined();
      if (state !== 'DEGRADED') expect(healthAction(state, true), state).toBeUndefined();
    }
    expect(() => nextInstanceState('SUSPENDED', 'degrade')).toThrow(/is SUSPENDED/);
  });
});

describe('applyInstanceHealth: the one transition every observer uses', () => {
  it('degrades a RUNNING instance once, with its reason, a step and instance.degraded, then recovers it', async () => {
    const { store, commits } = fakeStore(instance('RUNNING'));
    const degraded = await applyInstanceHealth({ health: store, now: () => now }, instance('RUNNING'), crashLoop);
    expect(degraded.outcome).toBe('degraded');
    expect(degraded.instance).toMatchObject({ status: 'DEGRADED', degradation: { cause: 'crash-loop', reason: 'BackOff', pod: 'n8n-1', since: now.toISOString() } });
    expect(commits[0]!.events.map((e) => [e.type, e.detail])).toEqual([
      ['instance.degraded', { userId: degraded.instance.userId, instanceId: degraded.instance.id, subscriptionId: degraded.instance.subscriptionId, reason: 'BackOff: Back-off restarting failed container' }],
    ]);
    expect(commits[0]!.move.step).toMatchObject({ step: 'degraded', detail: expect.stringContaining('pod n8n-1') });

    // Seen unhealthy again: nothing to do.
    expect((await applyInstanceHealth({ health: store, now: () => now }, degraded.instance, crashLoop)).outcome).toBe('unchanged');
    const recovered = await applyInstanceHealth({ health: store, now: () => now }, degraded.instance, started);
    expect(recovered).toMatchObject({ outcome: 'recovered', instance: { status: 'RUNNING' } });
    expect(recovered.instance.degradation).toBeUndefined();
    expect(commits.map((c) => c.events[0]!.type)).toEqual(['instance.degraded', 'instance.recovered']);
  });

  it('leaves alone the states health does not touch', async () => {
    for (const status of ['PROVISIONING', 'SUSPENDED', 'DELETING', 'FAILED'] as const) {
      const { store, commits } = fakeStore(instance(status));
      expect((await applyInstanceHealth({ health: store, now: () => now }, instance(status), crashLoop)).outcome, status).toBe('unchanged');
      expect(commits).toEqual([]);
    }
  });

  it('when another observer moved it first, reads it again and finds nothing left to do: one event in all', async () => {
    const fake = fakeStore(instance('RUNNING'));
    // The pod-health job degraded it between this observer's read and its write.
    fake.set(instance('DEGRADED', { degradation: { cause: 'not-ready', reason: 'pods not Ready', since: now.toISOString() } }));
    const result = await applyInstanceHealth({ health: fake.store, now: () => now }, instance('RUNNING'), crashLoop);
    expect(result.outcome).toBe('unchanged');
    expect(fake.commits).toEqual([]);
  });

  it('commits the parts with the move, and a rejected part (a claimed event) leaves everything as it was', async () => {
    const fake = fakeStore(instance('RUNNING'));
    const claim: CommitPart = { label: 'claim uid-1:1', write: {} };
    await applyInstanceHealth({ health: fake.store, now: () => now }, instance('RUNNING'), crashLoop, [claim]);
    await applyInstanceHealth({ health: fake.store, now: () => now }, fake.get(), started);
    // The same event resent after the recovery: its claim exists, so it cannot degrade the instance again.
    await expect(applyInstanceHealth({ health: fake.store, now: () => now }, fake.get(), crashLoop, [claim])).rejects.toBeInstanceOf(CommitPartRejected);
    expect(fake.get().status).toBe('RUNNING');
    expect(fake.commits).toHaveLength(2);
  });
});
