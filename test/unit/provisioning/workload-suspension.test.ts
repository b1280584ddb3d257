import { describe, expect, it } from 'vitest';
import {
  isSuspended,
  replicasBeforeSuspendAnnotation,
  resumePatch,
  suspendPatch,
} from '../../../shared/provisioning/tenant/workload-suspension';

const apply = (workload: { metadata?: { annotations?: Record<string, string> }; spec?: { replicas?: number } }, patch: ReturnType<typeof suspendPatch>) => {
  const annotations = { ...workload.metadata?.annotations };
  for (const [key, value] of Object.entries(patch.metadata.annotations)) {
    if (value === null) delete annotations[key];
    else annotations[key] = value;
  }
  return { metadata: { annotations }, spec: { ...workload.spec, ...patch.spec } };
};

describe('workload suspension', () => {
  it('uses the documented annotation key', () => {
    expect(replicasBeforeSuspendAnnotation).toBe('paas.example/replicas-before-suspend');
  });

  it('scales to zero, records the replicas, and resume restores them and drops the record', () => {
    const running = { metadata: { annotations: { other: 'kept' } }, spec: { replicas: 3 } };
    const patch = suspendPatch(running);
    expect(patch).toEqual({ metadata: { annotations: { [replicasBeforeSuspendAnnotation]: '3' } }, spec: { replicas: 0 } });
    const suspended = apply(running, patch);
    expect(isSuspended(suspended)).toBe(true);
    const resume = resumePatch(suspended)!;
    expect(resume).toEqual({ metadata: { annotations: { [replicasBeforeSuspendAnnotation]: null } }, spec: { replicas: 3 } });
    expect(apply(suspended, resume)).toEqual({ metadata: { annotations: { other: 'kept' } }, spec: { replicas: 3 } });
  });

  it('keeps the first record when suspended twice', () => {
    const suspended = apply({ spec: { replicas: 2 } }, suspendPatch({ spec: { replicas: 2 } }));
    expect(suspendPatch(suspended).metadata.annotations[replicasBeforeSuspendAnnotation]).toBe('2');
  });

  it('records an absent replica count as the default of one, and restores a garbled record as one', () => {
    expect(suspendPatch({}).metadata.annotations[replicasBeforeSuspendAnnotation]).toBe('1');
    expect(resumePatch({ metadata: { annotations: { [replicasBeforeSuspendAnnotation]: 'lots' } } })!.spec.replicas).toBe(1);
  });

  it('has nothing to resume on a workload that was not suspended', () => {
    expect(resumePatch({ spec: { replicas: 1 } })).toBeUndefined();
    expect(isSuspended({ spec: { replicas: 0 } })).toBe(false);
  });
});
