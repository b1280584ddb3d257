import { ulid } from 'ulid';
import type { ServiceStore } from '../catalog/service-store';
import { isCommitPartRejected } from '../data/commit-part';
import { AppError, conflict, notFound } from '../errors/app-error';
import { isTemplateName } from '../provisioning/templates/template-name';
import { assertInstanceIdle, nextInstanceState } from '../subscriptions/lifecycle';
import type { Instance, Subscription } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import type { WorkflowStarter } from '../subscriptions/workflow-starter';
import type { ArchiveStore } from './archive-store';
import { archiveKeys, type Backup, type BackupKind } from './backup';
import { backupAllowance, type BackupAllowance } from './backup-policy';
import type { BackupStore } from './backup-store';
import { backupTargets } from './backup-targets';
import { backupWorkflowInput, restoreWorkflowInput } from './workflow-inputs';
import { requestFingerprint } from '../crypto/sha256';

export interface BackupDeps {
  subscriptions: SubscriptionStore;
  backups: BackupStore;
  archives: ArchiveStore;
  services: Pick<ServiceStore, 'get'>;
  workflows: WorkflowStarter;
  /** Seconds a download link stays valid. */
  downloadSeconds: number;
  now: () => Date;
}

const instanceOf = async (deps: Pick<BackupDeps, 'subscriptions'>, subscription: Subscription): Promise<Instance> => {
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  if (!instance) throw notFound('The instance');
  return instance;
};

/** A customer's backup of their own subscription; another's id is as unknown as one that never existed. */
export const ownBackup = async (deps: Pick<BackupDeps, 'backups'>, subscription: Subscription, backupId: string): Promise<Backup> => {
  const backup = await deps.backups.get(subscription.id, backupId);
  if (!backup) throw notFound('The backup');
  return backup;
};

/** Every backup of a subscription (a plan keeps at most a few dozen). */
export const allBackupsOf = async (deps: Pick<BackupDeps, 'backups'>, subscriptionId: string): Promise<Backup[]> => {
  const all: Backup[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.backups.listForSubscription(subscriptionId, { limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};

export const allowanceOf = async (deps: Pick<BackupDeps, 'services'>, subscription: Subscription, instance: Instance): Promise<BackupAllowance> => {
  const plan = (await deps.services.get(subscription.serviceSlug))?.plans.find((p) => p.id === subscription.planId);
  // A plan removed from the catalog since keeps the defaults, sized by what the instance was given.
  return backupAllowance(plan ?? { limits: instance.resources });
};

/** The plan's caps on what a customer may add by hand: 409 naming which, before anything is written. */
const assertWithinAllowance = (backups: readonly Backup[], allowance: BackupAllowance) => {
  if (backups.length >= allowance.maxCount) {
    throw conflict(`The plan keeps at most ${allowance.maxCount} backups of an instance; delete one before taking another.`);
  }
  const stored = backups.reduce((sum, b) => sum + (b.sizeBytes ?? 0), 0);
  if (stored >= allowance.maxTotalBytes) {
    throw conflict(`The backups of this instance take ${stored} bytes, the plan's cap of ${allowance.maxTotalBytes}; delete one before taking another.`);
  }
};

const newBackup = (instance: Instance, kind: BackupKind, now: Date): Backup => {
  if (!isTemplateName(instance.template)) throw new AppError('conflict', `Instances of the ${instance.template} template cannot be backed up.`);
  const at = now.toISOString();
  return {
    id: ulid(now.getTime()),
    subscriptionId: instance.subscriptionId,
    instanceId: instance.id,
    userId: instance.userId,
    kind,
    status: 'RUNNING',
    components: backupTargets[instance.template].components,
    createdAt: at,
    updatedAt: at,
  };
};

const assertRunningSubscription = (subscription: Subscription, action: string) => {
  if (subscription.status !== 'ACTIVE') throw conflict(`Cannot ${action} of a subscription that is ${subscription.status}; only of an ACTIVE one.`);
};

const requestHash = (kind: BackupKind) => requestFingerprint('backup', kind);

/**
 * Takes a backup now: the instance moves to BACKING_UP and the RUNNING backup is recorded in one
 * transaction (with the Idempotency-Key's record when one is sent), then the backup workflow starts, named
 * after the backup. A repeated key answers the first request's backup. A manual backup counts against the
 * plan's caps; a scheduled one does not (retention makes room after it).
 */
export const requestBackup = async (deps: BackupDeps, subscription: Subscription, kind: BackupKind, idempotencyKey?: string): Promise<Backup> => {
  if (idempotencyKey) {
    const replay = await deps.backups.replayOf(subscription.userId, idempotencyKey);
    if (replay) return replayed(deps, subscription, replay, kind);
  }
  assertRunningSubscription(subscription, 'back up the instance');
  const instance = await instanceOf(deps, subscription);
  assertInstanceIdle(instance, 'take a backup');
  const to = nextInstanceState(instance.status, 'back-up');
  if (kind === 'manual') assertWithinAllowance(await allBackupsOf(deps, subscription.id), await allowanceOf(deps, subscription, instance));

  const now = deps.now();
  const backup = newBackup(instance, kind, now);
  const idempotency = idempotencyKey ? deps.backups.idempotencyPart(subscription.userId, idempotencyKey, requestHash(kind), backup.id) : undefined;
  try {
    await deps.subscriptions.transitionInstance(instance, to, { updatedAt: now.toISOString() }, [], [deps.backups.createPart(backup), ...(idempotency ? [idempotency] : [])]);
  } catch (error) {
    if (idempotency && isCommitPartRejected(error) && error.part === idempotency) {
      const replay = await deps.backups.replayOf(subscription.userId, idempotencyKey!);
      if (replay) return replayed(deps, subscription, replay, kind);
    }
    throw error;
  }
  await deps.subscriptions.addInstanceStep(instance.id, `${kind} backup started`, backup.id, backup.id);
  // The fast path: the table's stream starts it too from the committed backup, so a crash here leaves nothing stuck.
  await deps.workflows.start('backup-instance', backup.id, backupWorkflowInput(backup));
  return backup;
};

const replayed = async (deps: BackupDeps, subscription: Subscription, replay: { backupId: string; requestHash: string }, kind: BackupKind) => {
  if (replay.requestHash !== requestHash(kind)) {
    throw new AppError('unprocessable', 'This Idempotency-Key was already used with a different request.', {
      errors: [{ field: 'header.idempotency-key', message: 'was used for another request' }],
    });
  }
  return ownBackup(deps, subscription, replay.backupId);
};

/** A finished backup's record and archive are deleted; a running one is a 409. */
export const deleteBackup = async (deps: BackupDeps, backup: Backup): Promise<void> => {
  if (backup.status === 'RUNNING') throw conflict('The backup is still running; delete it once it has finished.');
  const keys = archiveKeys(backup);
  // The objects first: a record without its archive would offer a restore that cannot happen.
  await deps.archives.remove([keys.archive, keys.manifest]);
  await deps.backups.delete(backup);
};

/** A short-lived GET link to a completed backup's archive: the customer's data is theirs to take elsewhere. */
export const downloadLink = async (deps: BackupDeps, backup: Backup) => {
  if (backup.status !== 'COMPLETED' || !backup.sha256 || backup.sizeBytes === undefined) {
    throw conflict(`The backup is ${backup.status}; only a COMPLETED backup can be downloaded.`);
  }
  const url = await deps.archives.downloadLink(archiveKeys(backup).archive, deps.downloadSeconds);
  return { url, expiresAt: new Date(deps.now().getTime() + deps.downloadSeconds * 1000).toISOString(), sha256: backup.sha256, sizeBytes: backup.sizeBytes };
};

/** A backup that can be restored: completed, with its checksum. */
const assertRestorable = (backup: Backup) => {
  if (backup.status === 'RUNNING') throw conflict('The backup is still running; restore it once it has completed.');
  if (backup.status !== 'COMPLETED' || !backup.sha256) throw conflict(`The backup ${backup.status === 'FAILED' ? 'failed' : 'is not complete'}; there is nothing to restore from it.`);
};

/**
 * Restores a backup into its own instance: RESTORING, with the safety backup of the current data recorded
 * in the same transaction; the restore workflow stops the app, takes the safety backup, restores, starts the
 * app and judges it Ready, and puts the safety backup back if anything fails. The workflow is named after
 * the safety backup: one restore per request.
 */
export const requestRestore = async (deps: BackupDeps, subscription: Subscription, backup: Backup): Promise<Instance> => {
  assertRestorable(backup);
  assertRunningSubscription(subscription, 'restore the instance');
  const instance = await instanceOf(deps, subscription);
  assertInstanceIdle(instance, 'restore a backup');
  const to = nextInstanceState(instance.status, 'restore');
  const now = deps.now();
  const safety = newBackup(instance, 'safety', now);
  const restoreOf = { backupId: backup.id, sourceSubscriptionId: backup.subscriptionId };
  const restoring = await deps.subscriptions.transitionInstance(instance, to, { updatedAt: now.toISOString() }, [], [deps.backups.createPart(safety, restoreOf)]);
  await deps.subscriptions.addInstanceStep(instance.id, 'restore started', backup.id, safety.id);
  // As for a backup, the stream starts it too from the committed safety backup.
  await deps.workflows.start('restore-instance', safety.id, restoreWorkflowInput(safety, restoreOf));
  return restoring;
};

/**
 * Restores a backup into a new instance (a clone): `create` subscribes to the same service and plan (the
 * create route's own checks and charges apply), then the restore workflow waits for the new instance to run
 * and restores into it. No safety backup: the new instance holds nothing yet.
 */
export const requestCloneRestore = async (
  deps: BackupDeps,
  subscription: Subscription,
  backup: Backup,
  create: (input: { serviceSlug: string; planId: string; name?: string }) => Promise<{ subscription: Subscription; instance: Instance }>,
  name?: string,
) => {
  assertRestorable(backup);
  const created = await create({ serviceSlug: subscription.serviceSlug, planId: subscription.planId, name: name ?? `${subscription.name} (restored)` });
  await deps.subscriptions.addInstanceStep(created.instance.id, 'restore requested', backup.id);
  await deps.workflows.start('restore-instance', `clone-${created.instance.id}`, {
    instanceId: created.instance.id,
    subscriptionId: created.subscription.id,
    backupId: backup.id,
    sourceSubscriptionId: backup.subscriptionId,
  });
  return created;
};
