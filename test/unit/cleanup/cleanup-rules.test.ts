import { describe, expect, it } from 'vitest';
import { defaultRolloutPolling, deprovisionInstance, provisionInstance, taskRetryPolicy, workflowTaskTimeoutSeconds } from '../../../functions/workflows';
import {
  defaultCleanupSettings,
  namespaceVerdict,
  ownsLiveWork,
  provisioningDeadlineFailure,
  stuckAction,
  stuckUntil,
  tenantNamespaceSelector,
} from '../../../shared/cleanup/cleanup-rules';
import { functionEnvironmentSchema } from '../../../shared/config/function-environment';
import { longestRolloutDeadlineSeconds } from '../../../shared/provisioning/templates/rollout-deadline';
import type { KubeObject } from '../../../shared/kubernetes/cluster';
import { tenantNamespace } from '../../../shared/provisioning/tenant/namespace';
import type { Instance, Subscription } from '../../../shared/subscriptions/subscription';
import { unsettledEntryAfter } from '../../../shared/subscriptions/unsettled-instances';

const USER = '01JD7Y7Q00000000000000USR1';
const instance: Instance = {
  id: '01JD7Y7Q00000000000000INS1',
  subscriptionId: '01JD7Y7Q00000000000000SUB1',
  userId: USER,
  status: 'PROVISIONING',
  serviceSlug: 'n8n',
  template: 'n8n',
  appVersion: '1.0.0',
  namespace: 'cust-01jd7y7q00000000000000usr1',
  url: 'https://x.apps.test',
  resources: { cpuMillicores: 500, memoryMiB: 512, storageGiB: 1 },
  steps: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const subscription: Subscription = {
  id: instance.subscriptionId,
  userId: USER,
  serviceSlug: 'n8n',
  planId: 'starter',
  name: 'n8n',
  status: 'ACTIVE',
  instanceId: instance.id,
  price: { amount: 900, currency: 'EUR' },
  billingPeriod: 'month',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const settings = defaultCleanupSettings;
const at = (iso: string) => new Date(iso);

describe('the deadlines', () => {
  /**
   * The longest a workflow can keep an instance unsettled: every task state on its path timing out on each
   * attempt, with the longest backoff between, plus the rollout's polls. Past this, no execution can still
   * be running, so the job never races one.
   */
  const worstTaskSeconds = () => {
    const attempts = taskRetryPolicy.maxAttempts + 1;
    const waits = Array.from({ length: taskRetryPolicy.maxAttempts }, (_, i) => taskRetryPolicy.intervalSeconds * taskRetryPolicy.backoffRate ** i);
    return attempts * workflowTaskTimeoutSeconds + waits.reduce((sum, w) => sum + w, 0);
  };

  it('are above what the workflows themselves can take', () => {
    // Provisioning: every task but CheckRollout (counted with the polls, a second each) and MarkRunning (the
    // other ending than Rollback then MarkFailed).
    const provisioningTasks = Object.keys(provisionInstance.tasks).length - 2;
    // The slowest template's rollout polls and the namespace waits, each a wait and a task of about a second.
    const longestPolls = Math.ceil(longestRolloutDeadlineSeconds() / defaultRolloutPolling.pollSeconds);
    const provisioningSeconds =
      provisioningTasks * worstTaskSeconds() + (longestPolls + defaultRolloutPolling.maxNamespaceWaits) * (defaultRolloutPolling.pollSeconds + 1);
    expect(settings.provisioningDeadlineMinutes * 60).toBeGreaterThan(provisioningSeconds);
    const deprovisioningSeconds = Object.keys(deprovisionInstance.tasks).length * worstTaskSeconds();
    expect(settings.deletingDeadlineMinutes * 60).toBeGreaterThan(deprovisioningSeconds);
    // And the environment refuses a deadline the workflows could still be inside of.
    expect(functionEnvironmentSchema.safeParse({ TABLE_NAME: 't', EVENT_BUS_NAME: 'b', CLEANUP_PROVISIONING_DEADLINE_MINUTES: '60' }).success).toBe(false);
    expect(functionEnvironmentSchema.parse({ TABLE_NAME: 't', EVENT_BUS_NAME: 'b' })).toMatchObject({
      CLEANUP_PROVISIONING_DEADLINE_MINUTES: settings.provisioningDeadlineMinutes,
      CLEANUP_DELETING_DEADLINE_MINUTES: settings.deletingDeadlineMinutes,
      CLEANUP_NAMESPACE_MIN_AGE_MINUTES: settings.namespaceMinAgeMinutes,
    });
  });

  it('reach back from now by each state’s own deadline', () => {
    expect(stuckUntil(at('2026-11-01T12:00:00Z'), { provisioningDeadlineMinutes: 60, deletingDeadlineMinutes: 30, namespaceMinAgeMinutes: 60 })).toEqual({
      PROVISIONING: '2026-11-01T11:00:00.000Z',
      DELETING: '2026-11-01T11:30:00.000Z',
    });
  });
});

describe('the unsettled index entry', () => {
  it('is dated when an instance enters PROVISIONING or DELETING, kept while it stays, removed when it leaves', () => {
    expect(unsettledEntryAfter('FAILED', 'DELETING', '2026-11-01T10:00:00.000Z')).toEqual({ state: 'DELETING', since: '2026-11-01T10:00:00.000Z' });
    expect(unsettledEntryAfter('RUNNING', 'DELETING', '2026-11-01T10:00:00.000Z')).toEqual({ state: 'DELETING', since: '2026-11-01T10:00:00.000Z' });
    // Placement moves PROVISIONING to PROVISIONING: the deadline still counts from the request.
    expect(unsettledEntryAfter('PROVISIONING', 'PROVISIONING', '2026-11-01T10:05:00.000Z')).toBe('keep');
    for (const to of ['RUNNING', 'FAILED', 'DELETED', 'SUSPENDED', 'DEGRADED'] as const) expect(unsettledEntryAfter('PROVISIONING', to, 'x')).toBe('remove');
    expect(unsettledEntryAfter('DELETING', 'DELETED', 'x')).toBe('remove');
  });
});

describe('what the job does with a listed instance', () => {
  const now = at('2026-11-01T12:00:00Z');
  const listed = (status: Instance['status'], since: string) => ({ instance: { ...instance, status }, since });

  it('fails a PROVISIONING one and finishes a DELETING one past the deadline', () => {
    expect(stuckAction(listed('PROVISIONING', '2026-11-01T09:59:59.000Z'), instance, now, settings)).toBe('fail');
    expect(stuckAction(listed('PROVISIONING', '2026-11-01T10:00:00.000Z'), instance, now, settings)).toBe('fail');
    expect(stuckAction(listed('DELETING', '2026-11-01T09:00:00.000Z'), { ...instance, status: 'DELETING' }, now, settings)).toBe('finish');
  });

  it('leaves one not yet past it, one that moved on since it was indexed, and one that is gone', () => {
    expect(stuckAction(listed('PROVISIONING', '2026-11-01T10:00:00.001Z'), instance, now, settings)).toBeUndefined();
    expect(stuckAction(listed('PROVISIONING', '2026-11-01T09:00:00.000Z'), { ...instance, status: 'RUNNING' }, now, settings)).toBeUndefined();
    expect(stuckAction(listed('PROVISIONING', '2026-11-01T09:00:00.000Z'), { ...instance, status: 'DELETING' }, now, settings)).toBeUndefined();
    expect(stuckAction(listed('DELETING', '2026-11-01T09:00:00.000Z'), { ...instance, status: 'DELETED' }, now, settings)).toBeUndefined();
    expect(stuckAction(listed('PROVISIONING', '2026-11-01T09:00:00.000Z'), undefined, now, settings)).toBeUndefined();
  });

  it('marks a failed provisioning in the workflow’s own failure shape, naming the deadline', () => {
    expect(provisioningDeadlineFailure(settings)).toEqual({ Error: 'ProvisioningDeadline', Cause: expect.stringContaining('120 minutes') });
  });
});

describe('which namespaces may go', () => {
  const now = at('2026-11-01T12:00:00Z');
  /** The platform's namespace for USER as a list returns it, with metadata fields as given. */
  const tenant = (metadata: Record<string, unknown> = {}, status?: unknown): KubeObject => {
    const ns = tenantNamespace({ userId: USER }) as unknown as KubeObject;
    return { ...ns, metadata: { ...ns.metadata, creationTimestamp: '2026-11-01T10:00:00Z', ...metadata } as KubeObject['metadata'], ...(status ? { status } : {}) };
  };

  it('are selected by the label every customer namespace carries', () => {
    const labels = tenant().metadata.labels!;
    for (const term of tenantNamespaceSelector.split(',')) {
      const [key, value] = term.split('=');
      expect(labels[key!], term).toBe(value ?? labels[key!]);
      expect(labels[key!]).toBeDefined();
    }
  });

  it('names the owner of one old enough, by the customer label, whatever type the timestamp comes as', () => {
    expect(namespaceVerdict(tenant(), now, settings)).toEqual({ kind: 'owner', userId: USER });
    // client-node turns creationTimestamp into a Date.
    expect(namespaceVerdict(tenant({ creationTimestamp: new Date('2026-11-01T10:00:00Z') }), now, settings)).toEqual({ kind: 'owner', userId: USER });
  });

  it('keeps one younger than the margin, or of unknown age, so a provisioning in flight is never touched', () => {
    expect(namespaceVerdict(tenant({ creationTimestamp: '2026-11-01T11:00:01Z' }), now, settings)).toEqual({ kind: 'keep', reason: 'young' });
    expect(namespaceVerdict(tenant({ creationTimestamp: undefined }), now, settings)).toEqual({ kind: 'keep', reason: 'young' });
    expect(namespaceVerdict(tenant({ creationTimestamp: '2026-11-01T11:00:00Z' }), now, settings).kind).toBe('owner');
  });

  it('keeps one already being deleted', () => {
    expect(namespaceVerdict(tenant({ deletionTimestamp: '2026-11-01T11:59:00Z' }), now, settings)).toEqual({ kind: 'keep', reason: 'terminating' });
    expect(namespaceVerdict(tenant({}, { phase: 'Terminating' }), now, settings)).toEqual({ kind: 'keep', reason: 'terminating' });
  });

  it('keeps one the platform did not make: named otherwise than its label says, or without the labels', () => {
    expect(namespaceVerdict(tenant({ name: 'kube-system' }), now, settings)).toEqual({ kind: 'keep', reason: 'not-the-platforms' });
    expect(namespaceVerdict(tenant({ labels: { 'paas.example/managed-by': 'paas-platform' } }), now, settings)).toEqual({ kind: 'keep', reason: 'not-the-platforms' });
    expect(namespaceVerdict(tenant({ labels: { 'paas.example/managed-by': 'someone-else', 'paas.example/customer': USER.toLowerCase() } }), now, settings)).toEqual({
      kind: 'keep',
      reason: 'not-the-platforms',
    });
    expect(namespaceVerdict(tenant({ name: 'cust-not_an_id', labels: { 'paas.example/managed-by': 'paas-platform', 'paas.example/customer': 'not_an_id' } }), now, settings).kind).toBe('keep');
  });
});

describe('whether a customer still owns live work', () => {
  it('does with a subscription that runs or may run again', () => {
    for (const status of ['PENDING', 'PROVISIONING', 'ACTIVE', 'SUSPENDED'] as const) expect(ownsLiveWork([{ ...subscription, status }], []), status).toBe(true);
  });

  it('does with an ended subscription whose instance is not FAILED or DELETED yet', () => {
    expect(ownsLiveWork([{ ...subscription, status: 'CANCELLED' }], [{ ...instance, status: 'DELETING' }])).toBe(true);
    expect(ownsLiveWork([{ ...subscription, status: 'FAILED' }], [{ ...instance, status: 'PROVISIONING' }])).toBe(true);
  });

  it('does not when everything has ended, or when there is nothing at all (a deleted account)', () => {
    expect(ownsLiveWork([{ ...subscription, status: 'CANCELLED' }, { ...subscription, status: 'FAILED' }], [{ ...instance, status: 'DELETED' }, { ...instance, status: 'FAILED' }, undefined])).toBe(false);
    expect(ownsLiveWork([], [])).toBe(false);
  });
});
