import { describe, expect, it } from 'vitest';
import { acceptsRecovery, kubernetesClaimKey, kubernetesEventSchema, podSignalOf } from '../../../shared/inbound-webhooks/kubernetes-event';

const received = new Date('2026-03-01T12:00:00.000Z');
const event = (overrides: Record<string, unknown>) =>
  kubernetesEventSchema.parse({
    metadata: { uid: 'uid-1', namespace: 'cust-x' },
    involvedObject: { kind: 'Pod', namespace: 'cust-x', name: 'n8n-abc-1' },
    type: 'Warning',
    count: 1,
    lastTimestamp: '2026-03-01T11:59:00Z',
    ...overrides,
  });

describe('what a Kubernetes event says about an instance', () => {
  it.each([
    ['BackOff', 'Back-off restarting failed container n8n in pod n8n-abc-1', 'crash-loop'],
    ['BackOff', 'Back-off pulling image "n8nio/n8n:nope"', 'image-pull'],
    ['CrashLoopBackOff', undefined, 'crash-loop'],
    ['OOMKilling', 'Memory cgroup out of memory: Killed process 1234 (node)', 'out-of-memory'],
    ['Evicted', 'The node was low on resource: memory.', 'evicted'],
    ['Failed', 'Failed to pull image "n8nio/n8n:nope": not found', 'image-pull'],
    ['ErrImagePull', undefined, 'image-pull'],
  ])('a Warning %s (%s) is unhealthy: %s', (reason, message, cause) => {
    expect(podSignalOf(event({ reason, message }), received)).toEqual({
      kind: 'unhealthy',
      cause,
      reason,
      ...(message ? { message } : {}),
      pod: 'n8n-abc-1',
      at: new Date('2026-03-01T11:59:00Z'),
    });
  });

  it('a Normal Started or Pulled is a candidate recovery; other events say nothing', () => {
    expect(podSignalOf(event({ type: 'Normal', reason: 'Started' }), received)).toMatchObject({ kind: 'healthy', reason: 'Started' });
    expect(podSignalOf(event({ type: 'Normal', reason: 'Pulled' }), received)).toMatchObject({ kind: 'healthy', reason: 'Pulled' });
    for (const [type, reason] of [
      ['Normal', 'Scheduled'],
      ['Normal', 'Killing'],
      ['Warning', 'FailedScheduling'],
      ['Warning', 'Failed'],
      ['Normal', 'BackOff'],
    ]) {
      expect(podSignalOf(event({ type, reason, message: 'Error: something else' }), received), `${type} ${reason}`).toBeUndefined();
    }
  });

  it('takes its time from lastTimestamp, else eventTime, else when it was received', () => {
    expect(podSignalOf(event({ reason: 'Evicted', lastTimestamp: null, eventTime: '2026-03-01T11:58:00.123456Z' }), received)?.at).toEqual(new Date('2026-03-01T11:58:00.123Z'));
    expect(podSignalOf(event({ reason: 'Evicted', lastTimestamp: undefined }), received)?.at).toEqual(received);
  });

  it('is claimed by uid and count, so a repeat counts up into a new claim', () => {
    expect(kubernetesClaimKey(event({ count: 3 }))).toBe('uid-1:3');
    expect(kubernetesClaimKey(event({ count: undefined, series: { count: 7 } }))).toBe('uid-1:7');
  });

  it('lets through the fields an exporter adds, and refuses a body without what it needs, naming it', () => {
    expect(kubernetesEventSchema.safeParse({ ...event({}), clusterName: 'prod', involvedObject: { name: 'x', deleted: false } }).success).toBe(true);
    const missing = kubernetesEventSchema.safeParse({ involvedObject: { name: 'x' } });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['metadata']);
  });
});

describe('when a healthy signal ends a degradation', () => {
  const since = '2026-03-01T11:00:00.000Z';
  const later = new Date('2026-03-01T11:05:00.000Z');

  it('not for a start of the very pod that crash-looped (it starts before every crash)', () => {
    expect(acceptsRecovery({ cause: 'crash-loop', pod: 'n8n-abc-1', since }, { pod: 'n8n-abc-1', at: later })).toBe(false);
    expect(acceptsRecovery({ cause: 'out-of-memory', pod: 'n8n-abc-1', since }, { pod: 'n8n-abc-1', at: later })).toBe(false);
  });

  it('for a later start of another pod (the replacement), and any later pull after an image-pull failure', () => {
    expect(acceptsRecovery({ cause: 'evicted', pod: 'n8n-abc-1', since }, { pod: 'n8n-abc-2', at: later })).toBe(true);
    expect(acceptsRecovery({ cause: 'image-pull', pod: 'n8n-abc-1', since }, { pod: 'n8n-abc-1', at: later })).toBe(true);
  });

  it('never for a signal older than the degradation (events arrive out of order)', () => {
    expect(acceptsRecovery({ cause: 'image-pull', pod: 'n8n-abc-1', since }, { pod: 'n8n-abc-2', at: new Date('2026-03-01T10:59:00.000Z') })).toBe(false);
  });
});
