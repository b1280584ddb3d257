import { ulid } from 'ulid';
import type { Backup } from '../backups/backup';
import type { BackupStore } from '../backups/backup-store';
import { backupTargets } from '../backups/backup-targets';
import type { ServiceStore } from '../catalog/service-store';
import { compareVersions, imageReference, type ServiceVersion } from '../catalog/service-version';
import { isCommitPartRejected } from '../data/commit-part';
import { AppError, conflict, notFound } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import { defaultAppImage } from '../provisioning/templates/app-images';
import { isTemplateName } from '../provisioning/templates/template-name';
import { assertInstanceIdle, nextInstanceState } from '../subscriptions/lifecycle';
import type { Instance, Subscription } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import type { WorkflowStarter } from '../subscriptions/workflow-starter';
import { upgradeWorkflowInput, type UpgradeAccepted, type UpgradeOf } from './upgrade';
import { requestFingerprint } from '../crypto/sha256';

export interface UpgradeDeps {
  subscriptions: SubscriptionStore;
  backups: Pick<BackupStore, 'createPart' | 'idempotencyPart' | 'replayOf' | 'upgradeOf' | 'get'>;
  services: Pick<ServiceStore, 'get'>;
  workflows: WorkflowStarter;
  now: () => Date;
}

const requestHash = (version: string) => requestFingerprint('upgrade', version);

/** The image an instance runs now: recorded since versions exist, else the template's official one. */
export const currentImageOf = (instance: Instance) => {
  if (instance.image) return instance.image;
  const fallback = defaultAppImage(instance.template, instance.appVersion);
  return `${fallback.image}:${fallback.tag}`;
};

const unknownVersion = (version: string, slug: string) =>
  new AppError('not-found', `The version "${version}" of ${slug} was not found.`, { errors: [{ field: 'body.version', message: 'is not a version of this service' }] });

/**
 * Which version the instance may move to, or a 409 saying why not. Apps migrate their data forward when a
 * new version starts (n8n's and Ghost's database migrations, WordPress's db upgrade): an older version
 * could not read it, so a downgrade is refused; going back is what a restore of a backup is for.
 */
export const upgradeTarget = (versions: readonly ServiceVersion[], instance: Instance, version: string): ServiceVersion => {
  const target = versions.find((v) => v.version === version);
  if (!target) throw unknownVersion(version, instance.serviceSlug);
  const order = compareVersions(version, instance.appVersion);
  if (order === 0) throw conflict(`The instance already runs version ${version}.`);
  if (order < 0) {
    throw conflict(
      `Version ${version} is older than the instance's ${instance.appVersion}: apps migrate their data forward when they upgrade, and an older version cannot read it. Restore a backup taken before the upgrade instead.`,
    );
  }
  if (target.status === 'end-of-life') throw conflict(`Version ${version} is end-of-life; pick a supported version.`);
  return target;
};

const accepted = (backupId: string, upgradeOf: UpgradeOf, status: Instance['status']): UpgradeAccepted => ({
  upgradeId: backupId,
  version: upgradeOf.toVersion,
  fromVersion: upgradeOf.fromVersion,
  status,
});

const replayed = async (deps: UpgradeDeps, subscription: Subscription, replay: { backupId: string; requestHash: string }, version: string) => {
  const upgradeOf = replay.requestHash === requestHash(version) ? await deps.backups.upgradeOf(subscription.id, replay.backupId) : undefined;
  if (!upgradeOf) {
    throw new AppError('unprocessable', 'This Idempotency-Key was already used with a different request.', {
      errors: [{ field: 'header.idempotency-key', message: 'was used for another request' }],
    });
  }
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  return accepted(replay.backupId, upgradeOf, instance?.status ?? 'UPGRADING');
};

/**
 * Upgrades an instance to a newer version: checks everything before any write (409 while another operation
 * runs, 404 for an unknown version, 409 for a downgrade or an end-of-life version), then moves the instance
 * to UPGRADING with its pre-upgrade backup (RUNNING, carrying what the upgrade is) and the Idempotency-Key's
 * record in one transaction, and starts `upgrade-instance` named after that backup. A repeated key answers
 * the first request.
 */
export const requestUpgrade = async (deps: UpgradeDeps, subscription: Subscription, version: string, idempotencyKey?: string, batchId?: string): Promise<UpgradeAccepted> => {
  if (idempotencyKey) {
    const replay = await deps.backups.replayOf(subscription.userId, idempotencyKey);
    if (replay) return replayed(deps, subscription, replay, version);
  }
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  if (!instance) throw notFound('The instance');
  assertInstanceIdle(instance, 'upgrade the instance');
  if (subscription.status !== 'ACTIVE') throw conflict(`Cannot upgrade the instance of a subscription that is ${subscription.status}; only of an ACTIVE one.`);
  const to = nextInstanceState(instance.status, 'upgrade');
  const service = await deps.services.get(instance.serviceSlug);
  if (!service) throw unknownVersion(version, instance.serviceSlug);
  const target = upgradeTarget(service.versions, instance, version);
  if (!isTemplateName(instance.template)) throw conflict(`Instances of the ${instance.template} template cannot be upgraded.`);

  const now = deps.now();
  const at = now.toISOString();
  const backup: Backup = {
    id: ulid(now.getTime()),
    subscriptionId: instance.subscriptionId,
    instanceId: instance.id,
    userId: instance.userId,
    kind: 'pre-upgrade',
    status: 'RUNNING',
    components: backupTargets[instance.template].components,
    createdAt: at,
    updatedAt: at,
  };
  const upgradeOf: UpgradeOf = { fromVersion: instance.appVersion, fromImage: currentImageOf(instance), toVersion: target.version, toImage: imageReference(target), ...(batchId && { batchId }) };
  const idempotency = idempotencyKey ? deps.backups.idempotencyPart(subscription.userId, idempotencyKey, requestHash(version), backup.id) : undefined;
  const event = domainEvent(
    'instance.upgrade-started',
    { userId: instance.userId, instanceId: instance.id, subscriptionId: instance.subscriptionId, upgradeId: backup.id, fromVersion: upgradeOf.fromVersion, toVersion: upgradeOf.toVersion },
    now,
  );
  try {
    await deps.subscriptions.transitionInstance(instance, to, { updatedAt: at }, [event], [deps.backups.createPart(backup, undefined, upgradeOf), ...(idempotency ? [idempotency] : [])]);
  } catch (error) {
    if (idempotency && isCommitPartRejected(error) && error.part === idempotency) {
      const replay = await deps.backups.replayOf(subscription.userId, idempotencyKey!);
      if (replay) return replayed(deps, subscription, replay, version);
    }
    throw error;
  }
  await deps.subscriptions.addInstanceStep(instance.id, `upgrade to ${target.version} started`, `from ${instance.appVersion}`, backup.id);
  // The fast path: the table's stream starts it too from the committed pre-upgrade backup (start-upgrade-workflows).
  await deps.workflows.start('upgrade-instance', backup.id, upgradeWorkflowInput(backup, upgradeOf));
  return accepted(backup.id, upgradeOf, to);
};
