import type { BackupStepDeps, BackupWorkflowState } from '../../backups/steps/backup-step-deps';
import { stopApp } from '../../backups/steps/backup-steps';
import { domainEvent } from '../../events/domain-event';
import type { KubeObject } from '../../kubernetes/cluster';
import { failureReason } from '../../provisioning/steps/failure-reason';
import { podKind } from '../../provisioning/steps/instance-kinds';
import { TerminalStepError, type InstanceSettings } from '../../provisioning/steps/provisioning-deps';
import { rerenderInstance } from '../../provisioning/templates/rerender-instance';
import { rolloutPollsFor, ROLLOUT_POLL_SECONDS } from '../../provisioning/templates/rollout-deadline';
import type { TemplateName } from '../../provisioning/templates/template-name';
import { idLabel } from '../../provisioning/tenant/kubernetes-names';
import { labelKeys } from '../../provisioning/tenant/labels';
import type { Instance } from '../../subscriptions/subscription';

/** What the upgrade's own steps need: the backup steps' (it reuses them) and how instances are rendered. */
export interface UpgradeStepDeps extends BackupStepDeps {
  appsDomain: string;
  instanceSettings?: InstanceSettings;
}

/** The upgrade workflow's state: the restore steps' (the pre-upgrade backup is their safety backup) and the versions. */
export interface UpgradeWorkflowState extends BackupWorkflowState {
  fromVersion: string;
  fromImage: string;
  toVersion: string;
  toImage: string;
  /** Set by the rollback's first step: a container of the new version started, so the app may have migrated its data. */
  newVersionStarted?: boolean;
  undoFailure?: { Error?: string; Cause?: string };
  revertFailure?: { Error?: string; Cause?: string };
}

const instanceOf = async (deps: UpgradeStepDeps, state: UpgradeWorkflowState): Promise<Instance> => {
  const instance = await deps.subscriptions.getInstance(state.instanceId);
  if (!instance) throw new TerminalStepError('InstanceNotFound', `No instance ${state.instanceId}`);
  return instance;
};

/**
 * The instance's objects rendered on one version and applied with server-side apply: only what the version
 * changes (the app's image) moves.
 */
const applyVersion = async (deps: UpgradeStepDeps, instance: Instance, version: string, image: string) => {
  await deps.cluster.apply(rerenderInstance(deps, instance, { version, image }));
  // rerenderInstance refused any other template.
  return instance.template as TemplateName;
};

const rolloutPolling = (state: UpgradeWorkflowState, template: Parameters<typeof rolloutPollsFor>[0]) => ({
  pollCount: 0,
  maxPolls: state.maxPolls ?? rolloutPollsFor(template),
  pollSeconds: state.pollSeconds ?? ROLLOUT_POLL_SECONDS,
});

/** The new version's image applied; the rollout is then judged as provisioning judges it. */
export const applyNewVersion = async (deps: UpgradeStepDeps, state: UpgradeWorkflowState): Promise<UpgradeWorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (instance.status !== 'UPGRADING') throw new TerminalStepError('InstanceNotUpgrading', `The instance is ${instance.status}`);
  const template = await applyVersion(deps, instance, state.toVersion, state.toImage);
  await deps.subscriptions.addInstanceStep(instance.id, `version ${state.toVersion} applied`, state.toImage, state.backupId);
  return { ...state, ...rolloutPolling(state, template) };
};

interface ContainerStatus {
  image?: string;
  restartCount?: number;
  ready?: boolean;
  state?: { running?: unknown; terminated?: unknown };
  lastState?: { terminated?: unknown };
}

/** Whether a container of the new image ever ran: then the app may have migrated its data already. */
export const newVersionStarted = (pods: readonly KubeObject[], image: string): boolean =>
  pods.some((pod) => {
    const specImages = ((pod.spec as { containers?: { image?: string }[] } | undefined)?.containers ?? []).map((c) => c.image);
    if (!specImages.includes(image)) return false;
    const statuses = (pod.status as { containerStatuses?: ContainerStatus[]; initContainerStatuses?: ContainerStatus[] } | undefined) ?? {};
    return [...(statuses.containerStatuses ?? []), ...(statuses.initContainerStatuses ?? [])].some(
      (c) => Boolean(c.state?.running || c.state?.terminated || c.lastState?.terminated || c.ready || (c.restartCount ?? 0) > 0),
    );
  });

/**
 * The rollback's first step: did the new version ever start (look before stopping, the pods go with it)?
 * Only then may it have migrated the data, and the pre-upgrade backup is put back. An image that was never
 * pulled changed nothing, and restoring would only throw away what the customer wrote since the backup.
 * The app is then stopped, as a restore needs.
 */
export const stopForRollback = async (deps: UpgradeStepDeps, state: UpgradeWorkflowState): Promise<UpgradeWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const selector = `${labelKeys.instance}=${idLabel(instance.id, 'instanceId')},${labelKeys.component}=app`;
  const pods = await deps.cluster.list(podKind, { namespace: instance.namespace, labelSelector: selector });
  // A retried step keeps what the first attempt saw: the pods may already be gone.
  const started = state.newVersionStarted ?? newVersionStarted(pods, state.toImage);
  await deps.subscriptions.addInstanceStep(
    instance.id,
    'upgrade failed, rolling back',
    `${failureReason(state.failure)}${started ? '; the new version started, so the pre-upgrade backup is put back' : '; the new version never started, the data is untouched'}`,
    state.backupId,
  );
  const next = { ...state, newVersionStarted: started };
  await stopApp(deps, next);
  return next;
};

/** The previous version's image applied again (the app stays stopped until start-app). */
export const applyPreviousVersion = async (deps: UpgradeStepDeps, state: UpgradeWorkflowState): Promise<UpgradeWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const template = await applyVersion(deps, instance, state.fromVersion, state.fromImage);
  await deps.subscriptions.addInstanceStep(instance.id, `version ${state.fromVersion} applied again`, state.fromImage, state.backupId);
  return { ...state, ...rolloutPolling(state, template) };
};

/** UPGRADING → RUNNING on the new version, with `instance.upgraded`; the version index follows the move. */
export const markUpgraded = async (deps: UpgradeStepDeps, state: UpgradeWorkflowState): Promise<UpgradeWorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (instance.status !== 'UPGRADING') return state;
  const now = deps.now();
  await deps.subscriptions.addInstanceStep(instance.id, `upgraded to ${state.toVersion}`, undefined, state.backupId);
  await deps.subscriptions.transitionInstance(instance, 'RUNNING', { appVersion: state.toVersion, image: state.toImage, updatedAt: now.toISOString() }, [
    domainEvent(
      'instance.upgraded',
      { userId: instance.userId, instanceId: instance.id, subscriptionId: instance.subscriptionId, upgradeId: state.backupId, fromVersion: state.fromVersion, toVersion: state.toVersion },
      now,
    ),
  ]);
  return state;
};

/**
 * The upgrade failed: UPGRADING → RUNNING on the previous version (it never moved in the record), with
 * `instance.upgrade-failed` saying why and whether the data was put back. Before the new version was
 * applied (the pre-upgrade backup failed) nothing changed at all.
 */
export const markUpgradeFailed = async (deps: UpgradeStepDeps, state: UpgradeWorkflowState): Promise<UpgradeWorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (instance.status !== 'UPGRADING') return state;
  const reason = failureReason(state.failure);
  const dataRestored = Boolean(state.newVersionStarted) && !state.undoFailure;
  const now = deps.now();
  const detail = [
    reason,
    state.newVersionStarted === undefined ? 'nothing was changed' : `back on ${state.fromVersion}`,
    state.newVersionStarted ? (state.undoFailure ? `the pre-upgrade backup could not be put back (${failureReason(state.undoFailure)})` : 'the pre-upgrade backup was put back') : undefined,
    state.revertFailure ? `the previous version did not come back Ready (${failureReason(state.revertFailure)})` : undefined,
  ].filter(Boolean).join('; ');
  await deps.subscriptions.addInstanceStep(instance.id, `upgrade to ${state.toVersion} failed`, detail, state.backupId);
  await deps.subscriptions.transitionInstance(instance, 'RUNNING', { appVersion: state.fromVersion, image: state.fromImage, updatedAt: now.toISOString() }, [
    domainEvent(
      'instance.upgrade-failed',
      {
        userId: instance.userId,
        instanceId: instance.id,
        subscriptionId: instance.subscriptionId,
        upgradeId: state.backupId,
        fromVersion: state.fromVersion,
        toVersion: state.toVersion,
        reason,
        dataRestored,
      },
      now,
    ),
  ]);
  return state;
};
