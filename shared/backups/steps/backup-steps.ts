import { domainEvent, type DomainEvent } from '../../events/domain-event';
import type { KindRef, KubeObject } from '../../kubernetes/cluster';
import { TransientError } from '../../kubernetes/cluster';
import { TerminalStepError } from '../../provisioning/steps/provisioning-deps';
import { failureReason } from '../../provisioning/steps/failure-reason';
import { workloadKinds, podKind } from '../../provisioning/steps/instance-kinds';
import { isTemplateName } from '../../provisioning/templates/template-name';
import { rolloutPollsFor, ROLLOUT_POLL_SECONDS } from '../../provisioning/templates/rollout-deadline';
import { labelKeys } from '../../provisioning/tenant/labels';
import { idLabel } from '../../provisioning/tenant/kubernetes-names';
import { resumePatch, suspendPatch } from '../../provisioning/tenant/workload-suspension';
import type { Instance } from '../../subscriptions/subscription';
import { archiveKeys, type Backup } from '../backup';
import { backupJob, backupJobName, JOB_DEADLINE_SECONDS, type JobAction } from '../backup-job';
import { allBackupsOf, allowanceOf } from '../backup-operations';
import type { BackupStepDeps, BackupWorkflowState, JobStatus } from './backup-step-deps';

const jobKind: KindRef = { apiVersion: 'batch/v1', kind: 'Job' };

/**
 * The operation a step belongs to, which scopes its "recorded once": a restore's safety backup (or, for a
 * clone, the new instance), else the backup itself (an upgrade's pre-upgrade backup is its id).
 */
const operationOf = (state: BackupWorkflowState) => state.safetyBackupId ?? state.restoreId ?? state.backupId;

/** A Job's links outlive its own deadline, so a slow upload at the end still lands. */
const LINK_SECONDS = JOB_DEADLINE_SECONDS + 15 * 60;
/** How often a Job is checked, and for how long: its own deadline and a margin for scheduling. */
export const JOB_POLL_SECONDS = 10;
export const MAX_JOB_POLLS = Math.ceil((JOB_DEADLINE_SECONDS + 10 * 60) / JOB_POLL_SECONDS);
/** A clone's provisioning is waited for at most an hour (5 s checks). */
const MAX_PROVISIONING_WAITS = 720;
/** Safety backups kept per instance: the last few restores can each still be undone by hand. */
const SAFETY_BACKUPS_KEPT = 3;

const instanceOf = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<Instance> => {
  const instance = await deps.subscriptions.getInstance(state.instanceId);
  if (!instance) throw new TerminalStepError('InstanceNotFound', `No instance ${state.instanceId}`);
  return instance;
};

const backupOf = async (deps: BackupStepDeps, subscriptionId: string, backupId: string): Promise<Backup> => {
  const backup = await deps.backups.get(subscriptionId, backupId);
  if (!backup) throw new TerminalStepError('BackupNotFound', `No backup ${backupId}`);
  return backup;
};

const jobTarget = (instance: Instance) => {
  if (!isTemplateName(instance.template)) throw new TerminalStepError('NotBackedUp', `Instances of ${instance.template} cannot be backed up`);
  return { id: instance.id, userId: instance.userId, namespace: instance.namespace, template: instance.template, nodeName: instance.nodeName };
};

/**
 * Creates the Job once: its links are signed anew on every call, and a Job's template cannot change, so a
 * retried step that finds its Job leaves it as it is.
 */
const ensureJob = async (deps: BackupStepDeps, instance: Instance, name: string, make: () => Promise<KubeObject>) => {
  if (!(await deps.cluster.read(jobKind, name, instance.namespace))) await deps.cluster.apply([await make()]);
};

const jobStarted = (state: BackupWorkflowState): BackupWorkflowState => ({
  ...state,
  job: { succeeded: false, failed: false, reason: '' },
  jobPolls: 0,
  maxJobPolls: state.maxJobPolls ?? MAX_JOB_POLLS,
  jobPollSeconds: state.jobPollSeconds ?? JOB_POLL_SECONDS,
});

/** The backup Job of `backupId` (the backup being taken, or a restore's safety backup), with links to its own objects. */
export const startBackupJob = async (deps: BackupStepDeps, state: BackupWorkflowState, backupId: string): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const backup = await backupOf(deps, state.subscriptionId, backupId);
  if (backup.status !== 'RUNNING') throw new TerminalStepError('BackupNotRunning', `The backup is ${backup.status}`);
  await ensureJob(deps, instance, backupJobName('backup', backup.id), async () => {
    const links = await deps.archives.uploadLinks(archiveKeys(backup), LINK_SECONDS);
    return backupJob({ name: backupJobName('backup', backup.id), action: 'backup', instance: jobTarget(instance), backupId: backup.id, image: deps.jobImage, links: { uploadUrl: links.archiveUrl, manifestUrl: links.manifestUrl } });
  });
  await deps.subscriptions.addInstanceStep(instance.id, `backup job started`, backup.id, operationOf(state));
  return jobStarted(state);
};

/** Pod states that end a Job's run before Kubernetes would (it would wait out the deadline). */
const stuckReasons = new Set(['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError']);

/** The Job's outcome from its status and its pod: the container's exit message says why a run failed. */
export const judgeJob = (job: KubeObject | undefined, pods: readonly KubeObject[]): JobStatus => {
  if (!job) return { succeeded: false, failed: true, reason: 'the Job is gone' };
  const status = (job.status ?? {}) as { succeeded?: number; failed?: number; conditions?: { type: string; status: string; reason?: string; message?: string }[] };
  const condition = (type: string) => status.conditions?.find((c) => c.type === type && c.status === 'True');
  if ((status.succeeded ?? 0) > 0 || condition('Complete')) return { succeeded: true, failed: false, reason: '' };
  const containerStates = pods.flatMap((pod) => ((pod.status as { containerStatuses?: { state?: Record<string, { reason?: string; message?: string; exitCode?: number }> }[] } | undefined)?.containerStatuses ?? []).map((c) => c.state ?? {}));
  const terminated = containerStates.map((s) => s.terminated).find((t) => t && t.exitCode !== 0);
  const failedCondition = condition('Failed');
  if ((status.failed ?? 0) > 0 || failedCondition) {
    const message = terminated?.message?.trim().split('\n').filter(Boolean).at(-1) ?? failedCondition?.message ?? failedCondition?.reason ?? 'the Job failed';
    return { succeeded: false, failed: true, reason: terminated ? `exit ${terminated.exitCode}: ${message}` : message };
  }
  const waiting = containerStates.map((s) => s.waiting).find((w) => w?.reason && stuckReasons.has(w.reason));
  if (waiting) return { succeeded: false, failed: true, reason: `${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}` };
  // A pod no node has room for (the volume's node is full) would wait out the Job's deadline: it fails now,
  // as a rollout does. Unbound volumes are transient (provisioning learnt it from the real scheduler).
  const unschedulable = pods
    .flatMap((pod) => (pod.status as { conditions?: { type: string; status: string; reason?: string; message?: string }[] } | undefined)?.conditions ?? [])
    .find((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable' && /Insufficient/.test(c.message ?? ''));
  if (unschedulable) return { succeeded: false, failed: true, reason: `Unschedulable: ${unschedulable.message}` };
  return { succeeded: false, failed: false, reason: '' };
};

const checkJob = async (deps: BackupStepDeps, state: BackupWorkflowState, name: string): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const [job, pods] = await Promise.all([
    deps.cluster.read(jobKind, name, instance.namespace),
    deps.cluster.list(podKind, { namespace: instance.namespace, labelSelector: `batch.kubernetes.io/job-name=${name}` }),
  ]);
  return { ...state, job: judgeJob(job, pods), jobPolls: (state.jobPolls ?? 0) + 1 };
};

export const checkBackupJob = (deps: BackupStepDeps, state: BackupWorkflowState, backupId: string) => checkJob(deps, state, backupJobName('backup', backupId));

/** What the Job uploaded, checked against its own manifest: the size S3 stored must be the one the Job measured. */
const uploaded = async (deps: BackupStepDeps, backup: Backup) => {
  const keys = archiveKeys(backup);
  const [manifest, size] = await Promise.all([deps.archives.readManifest(keys.manifest), deps.archives.sizeOf(keys.archive)]);
  if (!manifest || size === undefined) throw new TerminalStepError('ArchiveMissing', 'The backup Job finished without uploading its archive and manifest');
  if (manifest.sizeBytes !== size) throw new TerminalStepError('ArchiveMismatch', `The archive holds ${size} bytes; the Job wrote ${manifest.sizeBytes}`);
  return { sizeBytes: size, sha256: manifest.sha256 };
};

const completedEvent = (backup: Backup, sizeBytes: number, now: Date) =>
  domainEvent('backup.completed', { userId: backup.userId, subscriptionId: backup.subscriptionId, instanceId: backup.instanceId, backupId: backup.id, kind: backup.kind, sizeBytes }, now);

/** The backup COMPLETED with its size and checksum, and the instance RUNNING again, in one transaction with `backup.completed`. */
export const recordBackup = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const backup = await backupOf(deps, state.subscriptionId, state.backupId);
  if (backup.status === 'COMPLETED' && instance.status !== 'BACKING_UP') return state;
  const now = deps.now();
  const result = await uploaded(deps, backup);
  const parts = backup.status === 'RUNNING' ? deps.backups.completePart(backup, result, now) : [];
  const events = backup.status === 'RUNNING' ? [completedEvent(backup, result.sizeBytes, now)] : [];
  if (instance.status === 'BACKING_UP') await deps.subscriptions.transitionInstance(instance, 'RUNNING', { updatedAt: now.toISOString() }, events, parts);
  else await deps.backups.commit(parts, events);
  await deps.subscriptions.addInstanceStep(instance.id, 'backup completed', `${backup.id} (${result.sizeBytes} bytes)`, operationOf(state));
  return state;
};

/** A restore's safety backup COMPLETED; the instance stays RESTORING. */
export const recordSafetyBackup = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const backup = await backupOf(deps, state.subscriptionId, state.safetyBackupId!);
  if (backup.status === 'RUNNING') {
    const now = deps.now();
    const result = await uploaded(deps, backup);
    await deps.backups.commit(deps.backups.completePart(backup, result, now), [completedEvent(backup, result.sizeBytes, now)]);
  }
  // An upgrade's safety backup is the customer's pre-upgrade backup (listed with their backups): say so.
  await deps.subscriptions.addInstanceStep(state.instanceId, backup.kind === 'pre-upgrade' ? 'pre-upgrade backup completed' : 'safety backup completed', backup.id, operationOf(state));
  return state;
};

/**
 * The backup FAILED with the reason, the instance RUNNING again, its Job and any partial upload removed.
 * A failed scheduled backup also tells administrators (`backup.scheduled-failed`).
 */
export const markBackupFailed = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const backup = await backupOf(deps, state.subscriptionId, state.backupId);
  const reason = failureReason(state.failure);
  const now = deps.now();
  await deps.cluster.delete(jobKind, backupJobName('backup', backup.id), instance.namespace);
  const keys = archiveKeys(backup);
  await deps.archives.remove([keys.archive, keys.manifest]);
  const events: DomainEvent[] = [];
  if (backup.status === 'RUNNING') {
    const detail = { userId: backup.userId, subscriptionId: backup.subscriptionId, instanceId: backup.instanceId, backupId: backup.id };
    events.push(domainEvent('backup.failed', { ...detail, kind: backup.kind, reason }, now));
    if (backup.kind === 'scheduled') events.push(domainEvent('backup.scheduled-failed', { ...detail, reason }, now));
  }
  const parts = backup.status === 'RUNNING' ? [deps.backups.failPart(backup, reason, now)] : [];
  if (instance.status === 'BACKING_UP') await deps.subscriptions.transitionInstance(instance, 'RUNNING', { updatedAt: now.toISOString() }, events, parts);
  else await deps.backups.commit(parts, events);
  await deps.subscriptions.addInstanceStep(instance.id, 'backup failed', `${backup.id}: ${reason}`, operationOf(state));
  return state;
};

/** A restore's safety backup that failed: FAILED with the reason; the restore goes on to put the app back. */
export const markSafetyBackupFailed = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const backup = await backupOf(deps, state.subscriptionId, state.safetyBackupId!);
  await deps.cluster.delete(jobKind, backupJobName('backup', backup.id), instance.namespace);
  if (backup.status === 'RUNNING') await deps.backups.commit([deps.backups.failPart(backup, failureReason(state.failure), deps.now())], []);
  return state;
};

/**
 * Retention after a new backup: the plan's number of scheduled backups and the last few safety ones are
 * kept, older ones deleted (archive first, then record). Manual and pre-upgrade backups are the customer's
 * to delete; the plan's caps bound them.
 */
export const pruneBackups = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const subscription = await deps.subscriptions.getAny(state.subscriptionId);
  if (!subscription) return state;
  const { keep } = await allowanceOf(deps, subscription, instance);
  const completed = (await allBackupsOf(deps, state.subscriptionId)).filter((b) => b.status === 'COMPLETED');
  const beyond = (kind: Backup['kind'], kept: number) => completed.filter((b) => b.kind === kind).sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(kept);
  for (const old of [...beyond('scheduled', keep), ...beyond('safety', SAFETY_BACKUPS_KEPT)]) {
    const keys = archiveKeys(old);
    await deps.archives.remove([keys.archive, keys.manifest]);
    await deps.backups.delete(old).catch(() => undefined);
  }
  return state;
};

// ——— restore ———

const appWorkloads = async (deps: BackupStepDeps, instance: Instance) => {
  const selector = `${labelKeys.instance}=${idLabel(instance.id, 'instanceId')},${labelKeys.component}=app`;
  const lists = await Promise.all(workloadKinds.map(async (kind) => ({ kind, items: await deps.cluster.list(kind, { namespace: instance.namespace, labelSelector: selector }) })));
  return lists.flatMap(({ kind, items }) => items.map((item) => ({ kind, item })));
};

/**
 * Where a restore starts: into its own instance, which the request moved to RESTORING; into a clone, once
 * its provisioning has finished (the workflow waits and asks again) and then moved to RESTORING here.
 */
export const loadRestore = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const source = await backupOf(deps, state.sourceSubscriptionId ?? state.subscriptionId, state.backupId);
  if (source.status !== 'COMPLETED' || !source.sha256) throw new TerminalStepError('BackupNotRestorable', `The backup is ${source.status}`);
  if (source.userId !== instance.userId) throw new TerminalStepError('BackupNotRestorable', 'The backup belongs to another customer');
  const restoreId = state.safetyBackupId ?? instance.id;
  state = { ...state, maxProvisioningWaits: state.maxProvisioningWaits ?? MAX_PROVISIONING_WAITS };
  if (instance.status === 'RESTORING') return { ...state, restoreId, instanceProvisioning: false };
  if (!state.safetyBackupId && instance.status === 'PROVISIONING') {
    return { ...state, restoreId, instanceProvisioning: true, provisioningWaits: (state.provisioningWaits ?? 0) + 1, pollSeconds: state.pollSeconds ?? ROLLOUT_POLL_SECONDS };
  }
  if (!state.safetyBackupId && (instance.status === 'RUNNING' || instance.status === 'DEGRADED')) {
    await deps.subscriptions.transitionInstance(instance, 'RESTORING', { updatedAt: deps.now().toISOString() }, []);
    return { ...state, restoreId, instanceProvisioning: false };
  }
  throw new TerminalStepError('InstanceNotRestorable', `The instance is ${instance.status}`);
};

/** The app scaled to zero (its replicas recorded, as a suspension does); its database keeps running for the Jobs. */
export const stopApp = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  for (const { kind, item } of await appWorkloads(deps, instance)) {
    await deps.cluster.mergePatch(kind, item.metadata.name, instance.namespace, suspendPatch(item as never) as unknown as Record<string, unknown>);
  }
  await deps.subscriptions.addInstanceStep(instance.id, 'app stopped for the restore', undefined, operationOf(state));
  return state;
};

/** The app's pods must be gone before data is written under it: a retry (TransientError) waits for their grace period. */
const assertAppStopped = async (deps: BackupStepDeps, instance: Instance) => {
  const selector = `${labelKeys.instance}=${idLabel(instance.id, 'instanceId')},${labelKeys.component}=app`;
  const pods = await deps.cluster.list(podKind, { namespace: instance.namespace, labelSelector: selector });
  if (pods.length) throw new TransientError(`The app still has ${pods.length} pod(s) stopping`);
};

const startRestoreJobOf = async (deps: BackupStepDeps, state: BackupWorkflowState, prefix: 'restore' | 'undo', backup: Backup): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  await assertAppStopped(deps, instance);
  const name = backupJobName(prefix, state.restoreId ?? instance.id);
  await ensureJob(deps, instance, name, async () => {
    const downloadUrl = await deps.archives.downloadLink(archiveKeys(backup).archive, LINK_SECONDS);
    return backupJob({ name, action: 'restore', instance: jobTarget(instance), backupId: backup.id, image: deps.jobImage, links: { downloadUrl, expectedSha256: backup.sha256! } });
  });
  await deps.subscriptions.addInstanceStep(instance.id, prefix === 'restore' ? 'restore job started' : backup.kind === 'pre-upgrade' ? 'putting the pre-upgrade backup back' : 'putting the safety backup back', backup.id, operationOf(state));
  return jobStarted(state);
};

export const startRestoreJob = async (deps: BackupStepDeps, state: BackupWorkflowState) =>
  startRestoreJobOf(deps, state, 'restore', await backupOf(deps, state.sourceSubscriptionId ?? state.subscriptionId, state.backupId));

export const startUndoJob = async (deps: BackupStepDeps, state: BackupWorkflowState) => {
  const safety = await backupOf(deps, state.subscriptionId, state.safetyBackupId!);
  if (safety.status !== 'COMPLETED') throw new TerminalStepError('NoSafetyBackup', 'The safety backup did not complete');
  return startRestoreJobOf(deps, state, 'undo', safety);
};

export const checkRestoreJob = (deps: BackupStepDeps, state: BackupWorkflowState, prefix: 'restore' | 'undo') =>
  checkJob(deps, state, backupJobName(prefix, state.restoreId ?? state.instanceId));

/** The app's recorded replicas back; the rollout is then judged as provisioning judges it. */
export const startApp = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  for (const { kind, item } of await appWorkloads(deps, instance)) {
    const patch = resumePatch(item as never);
    if (patch) await deps.cluster.mergePatch(kind, item.metadata.name, instance.namespace, patch as unknown as Record<string, unknown>);
  }
  const maxPolls = isTemplateName(instance.template) ? rolloutPollsFor(instance.template) : 60;
  return { ...state, pollCount: 0, maxPolls: state.maxPolls ?? maxPolls, pollSeconds: state.pollSeconds ?? ROLLOUT_POLL_SECONDS };
};

export const markRestored = async (deps: BackupStepDeps, state: BackupWorkflowState): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (instance.status !== 'RESTORING') return state;
  const now = deps.now();
  await deps.subscriptions.addInstanceStep(instance.id, 'restored', state.backupId, operationOf(state));
  await deps.subscriptions.transitionInstance(instance, 'RUNNING', { updatedAt: now.toISOString() }, [
    domainEvent('restore.completed', { userId: instance.userId, subscriptionId: instance.subscriptionId, instanceId: instance.id, backupId: state.backupId }, now),
  ]);
  return state;
};

/**
 * The restore failed: the instance RUNNING again (on the safety backup's data when `safetyRestored`), with
 * the reason in its steps and in `restore.failed`. A clone whose provisioning failed stays FAILED.
 */
export const markRestoreFailed = async (deps: BackupStepDeps, state: BackupWorkflowState, safetyRestored: boolean): Promise<BackupWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const reason = failureReason(state.failure);
  const now = deps.now();
  const event = domainEvent('restore.failed', { userId: instance.userId, subscriptionId: instance.subscriptionId, instanceId: instance.id, backupId: state.backupId, reason, safetyRestored }, now);
  await deps.subscriptions.addInstanceStep(instance.id, 'restore failed', reason, operationOf(state));
  if (instance.status === 'RESTORING') await deps.subscriptions.transitionInstance(instance, 'RUNNING', { updatedAt: now.toISOString() }, [event]);
  else await deps.backups.commit([], [event]);
  return state;
};

export type { JobAction };
