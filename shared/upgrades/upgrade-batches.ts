import { ulid } from 'ulid';
import type { ServiceStore } from '../catalog/service-store';
import { compareVersions } from '../catalog/service-version';
import { AppError, conflict, isAppError, notFound } from '../errors/app-error';
import type { Instance } from '../subscriptions/subscription';
import { upgradeBatchInput } from './batch-workflow';
import { requestUpgrade, type UpgradeDeps } from './request-upgrade';
import type { StartUpgradeBatch, UpgradeBatch, UpgradeBatchView } from './upgrade-batch';
import type { UpgradeBatchStore } from './upgrade-batch-store';

export interface UpgradeBatchDeps extends UpgradeDeps {
  batches: UpgradeBatchStore;
  services: Pick<ServiceStore, 'get'>;
}

/** The counters as administrators read them: what is left comes from the per-version index. */
export const batchView = async (deps: Pick<UpgradeBatchDeps, 'subscriptions'>, batch: UpgradeBatch): Promise<UpgradeBatchView> => {
  const { inFlight, passed, ...rest } = batch;
  const onVersion = await deps.subscriptions.countOnVersion(batch.serviceSlug, batch.fromVersion);
  return { ...rest, inProgress: inFlight.length, remaining: Math.max(0, onVersion - passed.length) };
};

const versionOf = async (deps: Pick<UpgradeBatchDeps, 'services'>, slug: string, from: string, to: string) => {
  const service = await deps.services.get(slug);
  if (!service) throw notFound(`The service "${slug}"`);
  if (!service.versions.some((v) => v.version === from)) throw notFound(`The version "${from}" of ${slug}`);
  const target = service.versions.find((v) => v.version === to);
  if (!target) throw new AppError('not-found', `The version "${to}" of ${slug} was not found.`, { errors: [{ field: 'body.toVersion', message: 'is not a version of this service' }] });
  if (compareVersions(to, from) <= 0) throw conflict(`Version ${to} is not newer than ${from}: apps migrate their data forward, so instances only move to newer versions.`);
  if (target.status === 'end-of-life') throw conflict(`Version ${to} is end-of-life; pick a supported version.`);
};

/** The batch's own `upgrade-batch` execution, named after its id: starting it again starts nothing. */
const startBatchWorkflow = (deps: UpgradeBatchDeps, batch: UpgradeBatch) => deps.workflows.start('upgrade-batch', batch.id, upgradeBatchInput(batch));

/** The batch a workflow drives: its key, and the id that must still be the stored batch's. */
export type BatchRef = Pick<UpgradeBatch, 'serviceSlug' | 'fromVersion' | 'id'>;

/**
 * Starts upgrading every live instance on a version (202), or resumes a PAUSED batch of it; a RUNNING one
 * is a 409. The batch is saved, then its `upgrade-batch` workflow started, which starts the first batch and
 * advances it from there; a new batch of a version no live instance runs is COMPLETED at once, with nothing
 * to drive.
 */
export const startUpgradeBatch = async (deps: UpgradeBatchDeps, slug: string, fromVersion: string, input: StartUpgradeBatch): Promise<UpgradeBatchView> => {
  await versionOf(deps, slug, fromVersion, input.toVersion);
  const existing = await deps.batches.get(slug, fromVersion);
  if (existing?.batch.status === 'RUNNING') {
    // A start whose save committed but whose workflow did not start is mended by the retry: same name, one run.
    await startBatchWorkflow(deps, existing.batch);
    throw conflict(`A batch upgrade of ${slug} ${fromVersion} is already running; its progress is at GET …/upgrade-all.`);
  }
  const now = deps.now().toISOString();
  const resumed = existing?.batch.status === 'PAUSED' && existing.batch.toVersion === input.toVersion;
  const total = resumed ? existing.batch.total : await deps.subscriptions.countOnVersion(slug, fromVersion);
  const batch: UpgradeBatch = resumed
    ? { ...existing.batch, id: ulid(), batchSize: input.batchSize, status: 'RUNNING', updatedAt: now }
    : {
        id: ulid(),
        serviceSlug: slug,
        fromVersion,
        toVersion: input.toVersion,
        batchSize: input.batchSize,
        status: total === 0 ? 'COMPLETED' : 'RUNNING',
        total,
        upgraded: 0,
        failed: 0,
        inFlight: [],
        passed: [],
        createdAt: now,
        updatedAt: now,
      };
  // A resumed batch forgets the failure that paused it (the instance stays passed over).
  delete batch.failure;
  await deps.batches.save(batch, existing?.revision ?? 0);
  if (batch.status === 'RUNNING') await startBatchWorkflow(deps, batch);
  return batchView(deps, batch);
};

export const getUpgradeBatch = async (deps: UpgradeBatchDeps, slug: string, fromVersion: string): Promise<UpgradeBatchView> => {
  const found = await deps.batches.get(slug, fromVersion);
  if (!found) throw notFound(`A batch upgrade of ${slug} ${fromVersion}`);
  return batchView(deps, found.batch);
};

/** Why an upgrade of the batch failed, from the instance's own last step. */
const failureOf = (instance: Instance) => {
  const last = [...instance.steps].reverse().find((s) => /failed/.test(s.step));
  return last ? `${last.step}${last.detail ? `: ${last.detail}` : ''}` : `it is on ${instance.appVersion}`;
};

/**
 * One step of a RUNNING batch: the upgrades in flight are settled (upgraded, or failed, which pauses the
 * batch); once none runs, the next `batchSize` instances on the version are upgraded through the customer's
 * own use case (an Idempotency-Key per batch and instance, so a retried step starts nothing twice); none
 * left completes it. An instance busy with another operation waits for a later step; one that cannot be
 * upgraded (its subscription not ACTIVE) is passed over. Only the batch `ref` names is advanced: undefined
 * when the stored one has another id (resumed or replaced since: its own workflow drives it) or is gone.
 */
export const advanceBatch = async (deps: UpgradeBatchDeps, ref: BatchRef): Promise<UpgradeBatch | undefined> => {
  const found = await deps.batches.get(ref.serviceSlug, ref.fromVersion);
  if (!found || found.batch.id !== ref.id) return undefined;
  if (found.batch.status !== 'RUNNING') return found.batch;
  const batch: UpgradeBatch = { ...found.batch, inFlight: [...found.batch.inFlight], passed: [...found.batch.passed] };
  for (const id of found.batch.inFlight) {
    const instance = await deps.subscriptions.getInstance(id);
    if (instance?.status === 'UPGRADING') continue;
    batch.inFlight = batch.inFlight.filter((i) => i !== id);
    if (!instance || instance.status === 'DELETED' || instance.status === 'DELETING') continue;
    if (instance.appVersion === batch.toVersion) {
      batch.upgraded += 1;
    } else {
      batch.failed += 1;
      batch.passed.push(id);
      batch.failure ??= { instanceId: id, reason: failureOf(instance) };
      batch.status = 'PAUSED';
    }
  }
  if (batch.status === 'RUNNING' && batch.inFlight.length === 0) {
    const page = await deps.subscriptions.listOnVersion(batch.serviceSlug, batch.fromVersion, { limit: 100 });
    const candidates = page.items.filter((i) => !batch.passed.includes(i.id) && i.appVersion === batch.fromVersion).slice(0, batch.batchSize);
    if (candidates.length === 0 && !page.nextCursor) batch.status = 'COMPLETED';
    for (const instance of candidates) {
      const subscription = await deps.subscriptions.getAny(instance.subscriptionId);
      try {
        if (!subscription) throw conflict('no subscription');
        await requestUpgrade(deps, subscription, batch.toVersion, `upgrade-all-${batch.id}-${instance.id}`, batch.id);
        batch.inFlight.push(instance.id);
      } catch (error) {
        if (!isAppError(error)) throw error;
        // Busy now: a later step tries it again. Anything else (not ACTIVE, already there): passed over.
        if (!/try again when it ends/.test(error.message)) batch.passed.push(instance.id);
      }
    }
  }
  batch.updatedAt = deps.now().toISOString();
  await deps.batches.save(batch, found.revision);
  return batch;
};

/**
 * The workflow gave up on the batch (a step failed, or its deadline passed): it is PAUSED with the reason,
 * its upgrades in flight kept so a resume settles them, and a POST resumes it. Another batch by then, or one
 * no longer RUNNING, is left alone.
 */
export const pauseBatch = async (deps: Pick<UpgradeBatchDeps, 'batches' | 'now'>, ref: BatchRef, reason: string): Promise<UpgradeBatch | undefined> => {
  const found = await deps.batches.get(ref.serviceSlug, ref.fromVersion);
  if (!found || found.batch.id !== ref.id || found.batch.status !== 'RUNNING') return found?.batch;
  const batch: UpgradeBatch = { ...found.batch, status: 'PAUSED', failure: { reason }, updatedAt: deps.now().toISOString() };
  await deps.batches.save(batch, found.revision);
  return batch;
};
