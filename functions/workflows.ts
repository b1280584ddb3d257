import type { FunctionEnvironmentInput } from '../shared/config/function-environment';
import { ROLLOUT_POLL_SECONDS } from '../shared/provisioning/templates/rollout-deadline';

/**
 * The state machine table (DESIGN section 3): each workflow, the handler module behind each of its task
 * states, and who starts it. infra/aws/constructs/provisioning-workflows.ts builds the Step Functions state
 * machines from it; the local runtime executes the synthesized definition of those very state machines.
 * Pure data: the functions that start executions import it, so no CDK here.
 */
import type { WorkflowName } from '../shared/subscriptions/workflow-starter';

export type { WorkflowName };

export interface WorkflowTask {
  /** The handler module under functions/; it exports `handler(state) → Promise<state>`. */
  handler: string;
  /** Calls the Kubernetes API, so it gets cluster access when the stack grants it. */
  kubernetes: boolean;
}

export interface WorkflowDefinition {
  name: WorkflowName;
  description: string;
  /** The variable, in the functions' environment schema, through which its starters learn its ARN. */
  arnVariable: Extract<keyof FunctionEnvironmentInput, `${string}_STATE_MACHINE_ARN`>;
  /** Task state name → the handler it invokes. The construct lays out the graph between them. */
  tasks: Readonly<Record<string, WorkflowTask>>;
}

export const provisionInstance = {
  name: 'provision-instance',
  description: 'Places an instance, applies its namespace, policy and objects, waits for the rollout, marks it RUNNING',
  arnVariable: 'PROVISION_STATE_MACHINE_ARN',
  tasks: {
    LoadInstance: { handler: 'provisioning/load-instance', kubernetes: false },
    /** Throws NoCapacityError when no healthy node has room: terminal, not retried. */
    PlaceInstance: { handler: 'provisioning/place-instance', kubernetes: false },
    EnsureNamespace: { handler: 'provisioning/ensure-namespace', kubernetes: true },
    ApplyTenantPolicy: { handler: 'provisioning/apply-tenant-policy', kubernetes: true },
    ApplyInstanceObjects: { handler: 'provisioning/apply-instance-objects', kubernetes: true },
    /** Sets `rollout` and increments `pollCount`; the Choice after it decides to wait, succeed or give up. */
    CheckRollout: { handler: 'provisioning/check-rollout', kubernetes: true },
    MarkRunning: { handler: 'provisioning/mark-running', kubernetes: false },
    /** Deletes what the instance applied and releases its reservation. */
    Rollback: { handler: 'provisioning/rollback-instance', kubernetes: true },
    /** Reads `failure`; runs even when the rollback itself failed (then `rollbackFailure` is set too). */
    MarkFailed: { handler: 'provisioning/mark-failed', kubernetes: false },
  },
} as const satisfies WorkflowDefinition;

export const deprovisionInstance = {
  name: 'deprovision-instance',
  description: "Deletes an instance's objects, releases its capacity, removes an empty namespace, marks it DELETED",
  arnVariable: 'DEPROVISION_STATE_MACHINE_ARN',
  tasks: {
    DeleteInstanceObjects: { handler: 'provisioning/delete-instance-objects', kubernetes: true },
    ReleaseCapacity: { handler: 'provisioning/release-capacity', kubernetes: false },
    DeleteNamespaceIfEmpty: { handler: 'provisioning/delete-namespace-if-empty', kubernetes: true },
    MarkDeleted: { handler: 'provisioning/mark-deleted', kubernetes: false },
    MarkDeprovisionFailed: { handler: 'provisioning/mark-deprovision-failed', kubernetes: false },
  },
} as const satisfies WorkflowDefinition;

/**
 * The backup workflows' tasks live in functions/backup-steps/, apart from the routes that start them
 * (functions/backups/): each feature folder is its own nested stack, and a stack holding both a starter
 * and a task function of one state machine would depend on itself through it.
 */
const backupTask = (handler: string, kubernetes: boolean): WorkflowTask => ({ handler: `backup-steps/${handler}`, kubernetes });

export const backupInstance = {
  name: 'backup-instance',
  description: "Runs an instance's backup Job, checks the archive it uploaded, records it COMPLETED and prunes old backups",
  arnVariable: 'BACKUP_STATE_MACHINE_ARN',
  tasks: {
    StartBackupJob: backupTask('start-backup-job', true),
    /** Sets `job` and increments `jobPolls`; the Choice after it waits, records or fails. */
    CheckBackupJob: backupTask('check-backup-job', true),
    RecordBackup: backupTask('record-backup', false),
    /** Retention by the plan; its failure leaves the backup COMPLETED. */
    PruneBackups: backupTask('prune-backups', false),
    MarkBackupFailed: backupTask('mark-backup-failed', true),
  },
} as const satisfies WorkflowDefinition;

export const restoreInstance = {
  name: 'restore-instance',
  description: 'Stops the app, takes a safety backup, restores a backup, starts the app and judges it Ready; puts the safety backup back on failure',
  arnVariable: 'RESTORE_STATE_MACHINE_ARN',
  tasks: {
    /** Into a clone: sets `instanceProvisioning` while the new instance is still provisioning. */
    LoadRestore: backupTask('load-restore', false),
    StopApp: backupTask('stop-app', true),
    StartSafetyBackupJob: backupTask('start-safety-backup-job', true),
    CheckSafetyBackupJob: backupTask('check-safety-backup-job', true),
    RecordSafetyBackup: backupTask('record-safety-backup', false),
    MarkSafetyBackupFailed: backupTask('mark-safety-backup-failed', true),
    StartRestoreJob: backupTask('start-restore-job', true),
    CheckRestoreJob: backupTask('check-restore-job', true),
    StartApp: backupTask('start-app', true),
    /** The provisioning workflow's own rollout check: the same judgement of Ready. */
    CheckAppRollout: { handler: 'provisioning/check-rollout', kubernetes: true },
    MarkRestored: backupTask('mark-restored', false),
    /** The restore failed after the safety backup completed: it is put back. */
    StartUndoJob: backupTask('start-undo-job', true),
    CheckUndoJob: backupTask('check-undo-job', true),
    StartAppAfterFailure: backupTask('start-app', true),
    StartAppAfterUndo: backupTask('start-app', true),
    MarkRestoreFailed: backupTask('mark-restore-failed', false),
    MarkRestoreUndone: backupTask('mark-restore-undone', false),
  },
} as const satisfies WorkflowDefinition;

/** The upgrade's own tasks live in functions/upgrade-steps/, apart from the route that starts it (see backupTask). */
const upgradeTask = (handler: string, kubernetes: boolean): WorkflowTask => ({ handler: `upgrade-steps/${handler}`, kubernetes });

export const upgradeInstance = {
  name: 'upgrade-instance',
  description: "Takes a pre-upgrade backup, applies the new version's image and judges the rollout; on failure puts the previous version back, and its data when the new version had started",
  arnVariable: 'UPGRADE_STATE_MACHINE_ARN',
  tasks: {
    // The pre-upgrade backup is the restore steps' safety backup (safetyBackupId): their Job steps, as they are.
    StartPreUpgradeBackupJob: backupTask('start-safety-backup-job', true),
    CheckPreUpgradeBackupJob: backupTask('check-safety-backup-job', true),
    RecordPreUpgradeBackup: backupTask('record-safety-backup', false),
    MarkPreUpgradeBackupFailed: backupTask('mark-safety-backup-failed', true),
    ApplyNewVersion: upgradeTask('apply-new-version', true),
    /** The provisioning workflow's own rollout check: the same judgement of Ready. */
    CheckUpgradeRollout: { handler: 'provisioning/check-rollout', kubernetes: true },
    MarkUpgraded: upgradeTask('mark-upgraded', false),
    /** Sets `newVersionStarted` (did a container of the new image run?) and stops the app. */
    StopForRollback: upgradeTask('stop-for-rollback', true),
    StartUndoJob: backupTask('start-undo-job', true),
    CheckUndoJob: backupTask('check-undo-job', true),
    ApplyPreviousVersion: upgradeTask('apply-previous-version', true),
    StartAppAfterRollback: backupTask('start-app', true),
    CheckRollbackRollout: { handler: 'provisioning/check-rollout', kubernetes: true },
    /** The pre-upgrade backup failed: nothing was changed. */
    MarkUpgradeAborted: upgradeTask('mark-upgrade-failed', false),
    MarkUpgradeRolledBack: upgradeTask('mark-upgrade-failed', false),
  },
} as const satisfies WorkflowDefinition;


/**
 * A rolling restart: its tasks live in functions/instance-steps/, apart from the route that starts it
 * (functions/instance-operations/), for the reason the backup steps do.
 */
export const restartInstance = {
  name: 'restart-instance',
  description: "Restarts an instance's pods one at a time (a new restartedAt on each pod template), judges the rollout, marks it RUNNING",
  arnVariable: 'RESTART_STATE_MACHINE_ARN',
  tasks: {
    RestartWorkloads: { handler: 'instance-steps/restart-workloads', kubernetes: true },
    /** The provisioning workflow's own rollout check: the same judgement of Ready. */
    CheckRestartRollout: { handler: 'provisioning/check-rollout', kubernetes: true },
    MarkRestarted: { handler: 'instance-steps/mark-restarted', kubernetes: false },
    /** The instance ends RUNNING anyway (health checks degrade it if its pods are not Ready), with the reason. */
    MarkRestartFailed: { handler: 'instance-steps/mark-restart-failed', kubernetes: false },
  },
} as const satisfies WorkflowDefinition;


/** The plan change's tasks live in functions/plan-change-steps/, apart from the route that starts it (as for backups). */
const planChangeTask = (handler: string, kubernetes: boolean): WorkflowTask => ({ handler: `plan-change-steps/${handler}`, kubernetes });

export const resizeInstance = {
  name: 'resize-instance',
  description: "Applies a new plan's resources, quota and volume size, judges the rollout, switches the plan and records the prorated entry; puts the old plan back on failure",
  arnVariable: 'RESIZE_STATE_MACHINE_ARN',
  tasks: {
    LoadPlanChange: planChangeTask('load-plan-change', false),
    /** Reserves the larger plan on the node (NoCapacityError when it filled: terminal), quota, objects, volumes. */
    ApplyNewPlan: planChangeTask('apply-new-plan', true),
    /** The provisioning workflow's own rollout check: the same judgement of Ready. */
    CheckResizeRollout: { handler: 'provisioning/check-rollout', kubernetes: true },
    MarkResized: planChangeTask('mark-resized', true),
    /** The old plan's resources again (volumes keep their size), quota and reservation back. */
    RestoreOldPlan: planChangeTask('restore-old-plan', true),
    MarkResizeFailed: planChangeTask('mark-resize-failed', false),
  },
} as const satisfies WorkflowDefinition;

/**
 * An administrators' batch upgrade (shared/upgrades/upgrade-batches.ts): its task lives in
 * functions/upgrade-batch-steps/, apart from the route that starts it (functions/upgrade-batches/), for the
 * reason the backup steps do. Each AdvanceBatch starts the customer's own `upgrade-instance` per instance.
 */
export const upgradeBatch = {
  name: 'upgrade-batch',
  description: "Advances an administrators' batch upgrade until it pauses on a failure or completes: settles the upgrades in flight, starts the next batch, waits, again",
  arnVariable: 'UPGRADE_BATCH_STATE_MACHINE_ARN',
  tasks: {
    /** Sets `status` (RUNNING, PAUSED, COMPLETED, or SUPERSEDED when the batch was resumed under a new id) and increments `polls`. */
    AdvanceBatch: { handler: 'upgrade-batch-steps/advance-batch', kubernetes: false },
    /** A failed step or the deadline: the batch is PAUSED with the reason, so a POST resumes it. */
    PauseBatch: { handler: 'upgrade-batch-steps/pause-batch', kubernetes: false },
  },
} as const satisfies WorkflowDefinition;

export const workflows: readonly WorkflowDefinition[] = [provisionInstance, deprovisionInstance, backupInstance, restoreInstance, upgradeInstance, restartInstance, resizeInstance, upgradeBatch];

/** Long enough for a few Kubernetes API round trips with the client's own retries. */
export const workflowTaskTimeoutSeconds = 60;

/** How every task retries the errors below: 2 s, then ×2, 4 retries after the first attempt, full jitter. */
export const taskRetryPolicy = { intervalSeconds: 2, backoffRate: 2, maxAttempts: 4 } as const;

/**
 * Errors every task retries (taskRetryPolicy) before its Catch sees them: what handlers
 * throw for a passing fault (an error whose `name` is `TransientError`), and Lambda's own service faults.
 */
export const transientTaskErrors = [
  'TransientError',
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  // The function's sandbox timed out or Lambda failed in a way it does not name: both pass, as AWS documents.
  'Sandbox.Timedout',
  'Lambda.Unknown',
] as const;

/**
 * The functions that start executions: each gets `states:StartExecution` on the workflows it starts and
 * their ARNs in its environment (the `arnVariable` of each).
 */
export const workflowStarters: readonly { handler: string; starts: readonly WorkflowName[] }[] = [
  { handler: 'subscriptions/create-subscription', starts: ['provision-instance'] },
  { handler: 'subscriptions/start-provisioning', starts: ['provision-instance'] },
  { handler: 'subscriptions/cancel-subscription', starts: ['deprovision-instance'] },
  // Closing an account cancels every subscription through the same use case.
  { handler: 'auth/close-me', starts: ['deprovision-instance'] },
  { handler: 'subscriptions/expire-subscriptions', starts: ['deprovision-instance'] },
  { handler: 'backups/create-backup', starts: ['backup-instance'] },
  { handler: 'backups/restore-backup', starts: ['restore-instance', 'provision-instance'] },
  { handler: 'backups/run-scheduled-backups', starts: ['backup-instance'] },
  { handler: 'backups/start-backup-workflows', starts: ['backup-instance', 'restore-instance'] },
  { handler: 'upgrades/upgrade-instance', starts: ['upgrade-instance'] },
  { handler: 'upgrades/start-upgrade-workflows', starts: ['upgrade-instance'] },
  { handler: 'upgrade-batches/admin-start-upgrade-all', starts: ['upgrade-batch'] },
  // A task that starts workflows: each batch's upgrades are the customer's own workflow.
  { handler: 'upgrade-batch-steps/advance-batch', starts: ['upgrade-instance'] },
  { handler: 'instance-operations/restart-instance', starts: ['restart-instance'] },
  { handler: 'instance-operations/start-restart-workflows', starts: ['restart-instance'] },
  { handler: 'plan-changes/change-plan', starts: ['resize-instance'] },
  { handler: 'plan-changes/start-resize-workflows', starts: ['resize-instance'] },
];

/**
 * How often and how long the provisioning workflow polls: a rollout before its deadline, and a customer's
 * namespace still being deleted (its last instance's pods ending their grace period, volumes detaching)
 * before it gives up on it.
 */
export type RolloutPolling = {
  pollSeconds: number;
  maxPolls: number;
  maxNamespaceWaits: number;
};

/**
 * What the provisioning workflow assumes when its input leaves them out: every 5 s, the rollout for 5 minutes
 * (the create route gives each template its own deadline, rollout-deadline.ts), a Terminating namespace for
 * 10 minutes (pods' grace periods and an EBS volume's detach, which AWS forces after 6). The local runtime
 * keeps the counts and shortens each wait.
 */
export const defaultRolloutPolling: RolloutPolling = { pollSeconds: ROLLOUT_POLL_SECONDS, maxPolls: 60, maxNamespaceWaits: 120 };

/**
 * How often and how long `upgrade-batch` polls its batch: every 10 s, at most 2000 times (about 5.5 hours;
 * a poll is 9 history events, and an execution holds at most 25,000). The local runtime keeps the count and
 * shortens each wait.
 */
export type BatchPolling = Pick<RolloutPolling, 'pollSeconds' | 'maxPolls'>;
export const defaultBatchPolling: BatchPolling = { pollSeconds: 10, maxPolls: 2000 };

// Type aliases rather than interfaces, so an input passes where `Record<string, unknown>` is asked for.
/**
 * What `provision-instance` starts with; the execution is named after the instance id. Polling fields
 * override the defaults (tests). Starting a used name is idempotent only with an identical input.
 */
export type ProvisionInput = Partial<RolloutPolling> & { instanceId: string };

export type DeprovisionInput = { instanceId: string };

/**
 * What `$.failure` holds when the provisioning workflow rolls back: Step Functions' own Catch output shape
 * (`Error`, `Cause`), which the rollout's own failure and deadline states write too, so `mark-failed` and
 * the final Fail state read one shape. In AWS, a caught Lambda error's Cause is the JSON the Lambda runtime
 * reports (`{"errorType","errorMessage",...}`); locally it is the error's message.
 */
export interface WorkflowFailure {
  Error: string;
  Cause: string;
}

/** Errors of the rollout states, in `$.failure.Error`. */
export const rolloutFailedError = 'RolloutFailed';
export const rolloutDeadlineError = 'RolloutDeadline';
/** A backup or restore Job failed, or ran past the workflow's deadline. */
export const jobFailedError = 'JobFailed';
export const jobDeadlineError = 'JobDeadline';
/** A clone's instance did not finish provisioning before the restore's deadline. */
export const provisioningDeadlineError = 'ProvisioningDeadline';

/** What `backup-instance` and `restore-instance` start with (shared/backups/steps/backup-step-deps.ts). */
export type BackupInput = { instanceId: string; subscriptionId: string; backupId: string };
export type RestoreInput = BackupInput & { sourceSubscriptionId: string; safetyBackupId?: string };
/** What `restart-instance` starts with (shared/instance-operations/restart.ts); polling fields override the defaults. */
export type RestartInput = Partial<RolloutPolling> & { instanceId: string; subscriptionId: string; restartId: string; restartedAt: string };
export type { ResizeInput } from '../shared/plan-changes/workflow-input';
export type { UpgradeBatchInput } from '../shared/upgrades/batch-workflow';

/** A batch upgrade was still RUNNING after `upgrade-batch`'s last poll. */
export const batchDeadlineError = 'BatchDeadline';

/** The customer's namespace was still being deleted at the end of the namespace wait. */
export const namespaceDeadlineError = 'NamespaceDeadline';
