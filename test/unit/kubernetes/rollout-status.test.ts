import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../shared/kubernetes/cluster';
import { rolloutStatus } from '../../../shared/kubernetes/rollout-status';

const deployment = (status: Record<string, unknown>, generation = 1, replicas = 1): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'n8n-abc', generation } as KubeObject['metadata'],
  spec: { replicas },
  status,
});
const readyStatus = { observedGeneration: 1, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 };
const pod = (status: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'n8n-abc-xyz' }, status });
const waiting = (reason: string) => pod({ phase: 'Pending', containerStatuses: [{ name: 'n8n', state: { waiting: { reason } } }] });

describe('judging a rollout', () => {
  it('is ready when every workload observed its latest spec and has its replicas updated and ready', () => {
    expect(rolloutStatus([deployment(readyStatus)], [pod({ phase: 'Running' })])).toEqual({ ready: true, failed: false });
  });

  it('is not ready while the controller has not observed the latest generation (the status is of an older spec)', () => {
    expect(rolloutStatus([deployment(readyStatus, 2)])).toMatchObject({ ready: false, failed: false });
    expect(rolloutStatus([deployment({ ...readyStatus, updatedReplicas: 0 })])).toMatchObject({ ready: false, failed: false });
  });

  it('is not ready in the middle of a rolling update: the new pod counted as updated, the old one still the Ready one', () => {
    // A restart of one replica: the new pod exists (updated) but is not Ready; the old pod is Ready and still there.
    const midRollout = { observedGeneration: 2, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 };
    expect(rolloutStatus([deployment(midRollout, 2)])).toMatchObject({ ready: false, failed: false });
    // The new pod Ready, the old one terminating: still two replicas until it is gone.
    expect(rolloutStatus([deployment({ ...midRollout, readyReplicas: 2, availableReplicas: 2 }, 2)])).toMatchObject({ ready: false, failed: false });
    expect(rolloutStatus([deployment({ observedGeneration: 2, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 }, 2)])).toEqual({ ready: true, failed: false });
  });

  it.each([
    ['ImagePullBackOff', /image could not be pulled/],
    ['ErrImagePull', /image could not be pulled/],
    ['CrashLoopBackOff', /keeps crashing/],
    ['CreateContainerConfigError', /could not be configured/],
  ])('fails at once, naming the pod, when a container waits with %s', (reason, words) => {
    const status = rolloutStatus([deployment({ observedGeneration: 1, replicas: 1 })], [waiting(reason)]);
    expect(status.failed).toBe(true);
    expect(status.reason).toMatch(words);
    expect(status.reason).toContain('n8n-abc-xyz');
  });

  it('fails when a container was killed for memory, or no node can run the pod', () => {
    const oom = pod({ containerStatuses: [{ name: 'n8n', state: { waiting: { reason: 'ContainerCreating' } }, lastState: { terminated: { reason: 'OOMKilled' } } }] });
    expect(rolloutStatus([deployment({})], [oom]).reason).toMatch(/out of memory/);
    const unschedulable = pod({ conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient cpu.' }] });
    expect(rolloutStatus([deployment({})], [unschedulable])).toMatchObject({ failed: true, reason: expect.stringContaining('Insufficient cpu') });
  });

  it('keeps waiting on pods on their normal way up, and on a volume still being bound (seen on the real scheduler)', () => {
    expect(rolloutStatus([deployment({ observedGeneration: 1, replicas: 1 })], [waiting('ContainerCreating')])).toMatchObject({ ready: false, failed: false });
    const volumePending = pod({ conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found' }] });
    expect(rolloutStatus([deployment({ observedGeneration: 1, replicas: 1 })], [volumePending])).toMatchObject({ ready: false, failed: false });
  });

  it('still fails on a Progressing condition that is False (the Deployment gave up)', () => {
    const gaveUp = deployment({ observedGeneration: 1, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] });
    expect(rolloutStatus([gaveUp])).toMatchObject({ failed: true, reason: expect.stringContaining('ProgressDeadlineExceeded') });
  });
});
