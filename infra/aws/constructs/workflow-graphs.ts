import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  Errors,
  Fail,
  JitterType,
  JsonPath,
  Pass,
  Succeed,
  Wait,
  WaitTime,
  type IChainable,
  type TaskStateBase,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import {
  backupInstance,
  batchDeadlineError,
  defaultBatchPolling,
  defaultRolloutPolling,
  deprovisionInstance,
  jobDeadlineError,
  jobFailedError,
  provisioningDeadlineError,
  restartInstance,
  restoreInstance,
  upgradeBatch,
  upgradeInstance,
  resizeInstance,
  namespaceDeadlineError,
  provisionInstance,
  rolloutDeadlineError,
  rolloutFailedError,
  taskRetryPolicy,
  transientTaskErrors,
  type WorkflowTask,
} from '../../../functions/workflows';

/** The Lambda function behind one task state: the platform's own in the stack, imported ones locally. */
export type TaskFunctionResolver = (task: WorkflowTask, stateName: string) => IFunction;

/**
 * One task state: the handler gets the whole state and its answer replaces it, so the local runner can hand
 * the state straight to the handler. That is ASL's default ResultPath (`$`), left implicit on purpose:
 * aws-local-stepfunctions 3.0 writes an explicit `"ResultPath": "$"` into a key named `$` instead.
 * CDK's default service-exception retry is off: ours covers those errors with the platform's backoff.
 */
const taskState = (scope: Construct, stateName: string, task: WorkflowTask, taskFunction: TaskFunctionResolver): LambdaInvoke => {
  const state = new LambdaInvoke(scope, stateName, {
    lambdaFunction: taskFunction(task, stateName),
    payloadResponseOnly: true,
    retryOnServiceExceptions: false,
    comment: `functions/${task.handler}`,
  });
  state.addRetry({
    errors: [...transientTaskErrors],
    interval: Duration.seconds(taskRetryPolicy.intervalSeconds),
    backoffRate: taskRetryPolicy.backoffRate,
    maxAttempts: taskRetryPolicy.maxAttempts,
    jitterStrategy: JitterType.FULL,
  });
  return state;
};

/** A state whose failure (after its retries) goes to `handler`, with the error at `$.failure`. */
const catchInto = <T extends TaskStateBase>(state: T, handler: IChainable, resultPath = '$.failure'): T => {
  state.addCatch(handler, { errors: [Errors.ALL], resultPath });
  return state;
};

/** Each state goes on to the next one, the last to `then`; the first is where the workflow starts. */
const sequence = (states: readonly TaskStateBase[], then: IChainable): IChainable => {
  states.forEach((state, index) => state.next(states[index + 1] ?? then));
  return states[0]!;
};

/**
 * The input with the polling defaults (the rollout's unless told) under it: what the input sets wins. The
 * Wait and Choice of a poll loop cannot catch a missing field, so the workflow never depends on its starter
 * for these. JSONPath can only merge two objects it can point at, hence two Pass states.
 */
const withPollingDefaults = (scope: Construct, next: IChainable, defaults: object = defaultRolloutPolling): IChainable => {
  const gather = new Pass(scope, 'PollingDefaults', { parameters: { defaults: { ...defaults }, input: JsonPath.entirePayload } });
  const merge = new Pass(scope, 'ApplyPollingDefaults', {
    parameters: { state: JsonPath.jsonMerge(JsonPath.objectAt('$.defaults'), JsonPath.objectAt('$.input')) },
    outputPath: '$.state',
  });
  gather.next(merge).next(next);
  return gather;
};

/**
 * A rollout's wait, as provisioning and a restore judge it: check → Choice (ready → `ready`; failed, or past
 * `$.maxPolls` → `failed` with `$.failure` set) → Wait `$.pollSeconds` → check. The failure has a Catch's
 * shape (`Error`, `Cause`), so the steps after it and the final Fail read one shape; the whole rollout goes
 * into the Cause: a Pass state cannot catch, so it must not read a field check-rollout might leave out.
 */
const rolloutLoop = (scope: Construct, prefix: string, check: TaskStateBase, ready: IChainable, failed: IChainable, failurePath = '$.failure'): TaskStateBase => {
  const rolloutFailed = new Pass(scope, `${prefix}RolloutFailed`, {
    parameters: { Error: rolloutFailedError, Cause: JsonPath.jsonToString(JsonPath.objectAt('$.rollout')) },
    resultPath: failurePath,
  });
  rolloutFailed.next(failed);
  const rolloutDeadline = new Pass(scope, `${prefix}RolloutDeadline`, {
    parameters: { Error: rolloutDeadlineError, Cause: JsonPath.format('The rollout was not ready after {} polls', JsonPath.stringAt('$.pollCount')) },
    resultPath: failurePath,
  });
  rolloutDeadline.next(failed);
  const wait = new Wait(scope, `WaitFor${prefix}Rollout`, { time: WaitTime.secondsPath('$.pollSeconds') });
  wait.next(check);
  check.next(
    new Choice(scope, `${prefix}RolloutDone?`)
      .when(Condition.booleanEquals('$.rollout.ready', true), ready)
      .when(Condition.booleanEquals('$.rollout.failed', true), rolloutFailed)
      .when(Condition.numberGreaterThanEqualsJsonPath('$.pollCount', '$.maxPolls'), rolloutDeadline)
      .otherwise(wait),
  );
  return check;
};

/**
 * load → place → namespace → tenant policy → app objects → poll the rollout (Wait/Choice loop with a
 * deadline) → mark RUNNING. Any terminal failure, a failed rollout or the deadline: roll back, mark FAILED,
 * fail with the failure's error. Input: `{ instanceId, pollSeconds?, maxPolls? }`.
 */
export const provisionGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof provisionInstance.tasks) => taskState(scope, name, provisionInstance.tasks[name], taskFunction);

  const failed = new Fail(scope, 'ProvisionFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' });
  const markFailed = task('MarkFailed');
  markFailed.next(failed);
  // A rollback that still fails after its retries must not stop the instance being marked FAILED.
  const rollback = catchInto(task('Rollback'), markFailed, '$.rollbackFailure');
  rollback.next(markFailed);

  const markRunning = catchInto(task('MarkRunning'), rollback);
  markRunning.next(new Succeed(scope, 'Provisioned'));

  const checkRollout = rolloutLoop(scope, '', catchInto(task('CheckRollout'), rollback), markRunning, rollback);

  const applyObjects = sequence((['ApplyTenantPolicy', 'ApplyInstanceObjects'] as const).map((name) => catchInto(task(name), rollback)), checkRollout);

  // A namespace still being deleted (the customer's last instance just went) is waited for, with a deadline.
  const ensureNamespace = catchInto(task('EnsureNamespace'), rollback);
  const namespaceDeadline = new Pass(scope, 'NamespaceDeadline', {
    parameters: {
      Error: namespaceDeadlineError,
      Cause: JsonPath.format('The customer namespace was still being deleted after {} checks', JsonPath.stringAt('$.namespaceWaits')),
    },
    resultPath: '$.failure',
  });
  namespaceDeadline.next(rollback);
  const waitForNamespace = new Wait(scope, 'WaitForNamespace', { time: WaitTime.secondsPath('$.pollSeconds') });
  waitForNamespace.next(ensureNamespace);
  // A Choice fails on a path that is not there: only a step that saw a Terminating namespace sets these.
  const terminating = Condition.and(Condition.isPresent('$.namespaceTerminating'), Condition.booleanEquals('$.namespaceTerminating', true));
  ensureNamespace.next(
    new Choice(scope, 'NamespaceReady?')
      .when(Condition.and(terminating, Condition.numberGreaterThanEqualsJsonPath('$.namespaceWaits', '$.maxNamespaceWaits')), namespaceDeadline)
      .when(terminating, waitForNamespace)
      .otherwise(applyObjects),
  );

  return withPollingDefaults(scope, sequence((['LoadInstance', 'PlaceInstance'] as const).map((name) => catchInto(task(name), rollback)), ensureNamespace));
};

/**
 * The mirror image: delete the instance's objects → release its capacity → delete the namespace if nothing
 * else lives in it → mark DELETED. A terminal failure marks the deprovisioning FAILED. Input: `{ instanceId }`.
 */
export const deprovisionGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof deprovisionInstance.tasks) => taskState(scope, name, deprovisionInstance.tasks[name], taskFunction);

  const markFailed = task('MarkDeprovisionFailed');
  markFailed.next(new Fail(scope, 'DeprovisionFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' }));

  return sequence(
    (['DeleteInstanceObjects', 'ReleaseCapacity', 'DeleteNamespaceIfEmpty', 'MarkDeleted'] as const).map((name) => catchInto(task(name), markFailed)),
    new Succeed(scope, 'Deprovisioned'),
  );
};

/**
 * A Job's wait: check → Choice (succeeded → `done`, failed or past `$.maxJobPolls` → `failed` with the
 * failure at `failurePath`) → Wait `$.jobPollSeconds` → check. The start step before it resets `job` and
 * `jobPolls`.
 */
const jobLoop = (scope: Construct, name: string, check: TaskStateBase, done: IChainable, failed: IChainable, failurePath = '$.failure'): TaskStateBase => {
  const jobFailed = new Pass(scope, `${name}Failed`, {
    parameters: { Error: jobFailedError, Cause: JsonPath.stringAt('$.job.reason') },
    resultPath: failurePath,
  });
  jobFailed.next(failed);
  const deadline = new Pass(scope, `${name}Deadline`, {
    parameters: { Error: jobDeadlineError, Cause: JsonPath.format('The Job had not finished after {} checks', JsonPath.stringAt('$.jobPolls')) },
    resultPath: failurePath,
  });
  deadline.next(failed);
  const wait = new Wait(scope, `WaitFor${name}`, { time: WaitTime.secondsPath('$.jobPollSeconds') });
  wait.next(check);
  check.next(
    new Choice(scope, `${name}Done?`)
      .when(Condition.booleanEquals('$.job.succeeded', true), done)
      .when(Condition.booleanEquals('$.job.failed', true), jobFailed)
      .when(Condition.numberGreaterThanEqualsJsonPath('$.jobPolls', '$.maxJobPolls'), deadline)
      .otherwise(wait),
  );
  return check;
};

/**
 * start the backup Job → poll it → record the archive (COMPLETED, instance RUNNING) → prune by retention.
 * Any failure: mark the backup FAILED (instance RUNNING, Job and partial upload removed) and fail. Input:
 * `{ instanceId, subscriptionId, backupId }`.
 */
export const backupGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof backupInstance.tasks) => taskState(scope, name, backupInstance.tasks[name], taskFunction);
  const markFailed = task('MarkBackupFailed');
  markFailed.next(new Fail(scope, 'BackupFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' }));
  const done = new Succeed(scope, 'BackedUp');
  // Retention is housekeeping: the backup is already COMPLETED, the next run prunes what this one left.
  const prune = catchInto(task('PruneBackups'), done, '$.pruneFailure');
  prune.next(done);
  const record = catchInto(task('RecordBackup'), markFailed);
  record.next(prune);
  const check = jobLoop(scope, 'BackupJob', catchInto(task('CheckBackupJob'), markFailed), record, markFailed);
  const start = catchInto(task('StartBackupJob'), markFailed);
  start.next(check);
  return start;
};

/**
 * load (a clone waits for its provisioning) → stop the app → safety backup (Job, record) → restore Job →
 * start the app → judge its rollout → RUNNING. A failure before the safety backup completed starts the app
 * again on its own data; after it, the safety backup is put back first (its Job), then the app starts;
 * either way the instance ends RUNNING with `restore.failed` and the reason, and the execution fails. A
 * clone has no safety backup: nothing of it is worth keeping. Input: `{ instanceId, subscriptionId,
 * backupId, sourceSubscriptionId, safetyBackupId? }`.
 */
export const restoreGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof restoreInstance.tasks) => taskState(scope, name, restoreInstance.tasks[name], taskFunction);
  const restoreFailed = new Fail(scope, 'RestoreFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' });
  const hasSafetyBackup = Condition.isPresent('$.safetyBackupId');

  // The failure paths, from their end: the instance RUNNING again on its own data, or on the safety backup's.
  const markFailed = task('MarkRestoreFailed');
  markFailed.next(restoreFailed);
  const markUndone = task('MarkRestoreUndone');
  markUndone.next(restoreFailed);
  // Starting the app again must not keep the instance from being marked: its own failure is only recorded.
  const startAfterFailure = catchInto(task('StartAppAfterFailure'), markFailed, '$.startFailure');
  startAfterFailure.next(markFailed);
  const startAfterUndo = catchInto(task('StartAppAfterUndo'), markUndone, '$.startFailure');
  startAfterUndo.next(markUndone);
  // The undo keeps the restore's own failure in `$.failure`; its own goes to `$.undoFailure`.
  const startUndo = catchInto(task('StartUndoJob'), startAfterFailure, '$.undoFailure');
  startUndo.next(jobLoop(scope, 'UndoJob', catchInto(task('CheckUndoJob'), startAfterFailure, '$.undoFailure'), startAfterUndo, startAfterFailure, '$.undoFailure'));
  const undoOrNot = new Choice(scope, 'SafetyBackupToPutBack?').when(hasSafetyBackup, startUndo).otherwise(startAfterFailure);

  // The happy path, from its end.
  const markRestored = catchInto(task('MarkRestored'), markFailed);
  markRestored.next(new Succeed(scope, 'Restored'));
  const checkRollout = rolloutLoop(scope, 'App', catchInto(task('CheckAppRollout'), undoOrNot), markRestored, undoOrNot);
  const startApp = catchInto(task('StartApp'), undoOrNot);
  startApp.next(checkRollout);
  const startRestore = catchInto(task('StartRestoreJob'), undoOrNot);
  startRestore.next(jobLoop(scope, 'RestoreJob', catchInto(task('CheckRestoreJob'), undoOrNot), startApp, undoOrNot));

  // The safety backup: its failure leaves the data as it is and starts the app again.
  const safetyFailed = catchInto(task('MarkSafetyBackupFailed'), startAfterFailure, '$.markFailure');
  safetyFailed.next(startAfterFailure);
  const recordSafety = catchInto(task('RecordSafetyBackup'), safetyFailed);
  recordSafety.next(startRestore);
  const startSafety = catchInto(task('StartSafetyBackupJob'), safetyFailed);
  startSafety.next(jobLoop(scope, 'SafetyBackupJob', catchInto(task('CheckSafetyBackupJob'), safetyFailed), recordSafety, safetyFailed));

  const stopApp = catchInto(task('StopApp'), startAfterFailure);
  stopApp.next(new Choice(scope, 'SafetyBackupFirst?').when(hasSafetyBackup, startSafety).otherwise(startRestore));

  // A clone waits for its instance to finish provisioning, with a deadline.
  const load = catchInto(task('LoadRestore'), startAfterFailure);
  const provisioningDeadline = new Pass(scope, 'ProvisioningDeadline', {
    parameters: { Error: provisioningDeadlineError, Cause: JsonPath.format('The new instance was still provisioning after {} checks', JsonPath.stringAt('$.provisioningWaits')) },
    resultPath: '$.failure',
  });
  provisioningDeadline.next(markFailed);
  const waitForProvisioning = new Wait(scope, 'WaitForProvisioning', { time: WaitTime.secondsPath('$.pollSeconds') });
  waitForProvisioning.next(load);
  load.next(
    new Choice(scope, 'InstanceReady?')
      .when(Condition.and(Condition.booleanEquals('$.instanceProvisioning', true), Condition.numberGreaterThanEqualsJsonPath('$.provisioningWaits', '$.maxProvisioningWaits')), provisioningDeadline)
      .when(Condition.booleanEquals('$.instanceProvisioning', true), waitForProvisioning)
      .otherwise(stopApp),
  );
  return load;
};

/**
 * pre-upgrade backup (Job, record) → apply the new version → judge its rollout → RUNNING on it. A failed
 * backup ends it there, nothing changed. A failure after the new version was applied rolls back: note
 * whether the new version ever started and stop the app → when it had, put the pre-upgrade backup back
 * (the restore's undo Job) → apply the previous version → start the app → judge its rollout → RUNNING on
 * the previous version with `instance.upgrade-failed`, and the execution fails. The rollback's own failures
 * go to `$.undoFailure` / `$.revertFailure` and never keep the instance from ending RUNNING. Input:
 * shared/upgrades/upgrade.ts `upgradeWorkflowInput`.
 */
export const upgradeGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof upgradeInstance.tasks) => taskState(scope, name, upgradeInstance.tasks[name], taskFunction);
  const upgradeFailed = new Fail(scope, 'UpgradeFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' });

  // The rollback, from its end.
  const markRolledBack = task('MarkUpgradeRolledBack');
  markRolledBack.next(upgradeFailed);
  const checkRollback = rolloutLoop(scope, 'Rollback', catchInto(task('CheckRollbackRollout'), markRolledBack, '$.revertFailure'), markRolledBack, markRolledBack, '$.revertFailure');
  const startApp = catchInto(task('StartAppAfterRollback'), markRolledBack, '$.revertFailure');
  startApp.next(checkRollback);
  const applyPrevious = catchInto(task('ApplyPreviousVersion'), markRolledBack, '$.revertFailure');
  applyPrevious.next(startApp);
  const startUndo = catchInto(task('StartUndoJob'), applyPrevious, '$.undoFailure');
  startUndo.next(jobLoop(scope, 'UndoJob', catchInto(task('CheckUndoJob'), applyPrevious, '$.undoFailure'), applyPrevious, applyPrevious, '$.undoFailure'));
  const stopForRollback = catchInto(task('StopForRollback'), applyPrevious, '$.stopFailure');
  stopForRollback.next(
    new Choice(scope, 'DataToPutBack?')
      .when(Condition.and(Condition.isPresent('$.newVersionStarted'), Condition.booleanEquals('$.newVersionStarted', true)), startUndo)
      .otherwise(applyPrevious),
  );

  // The upgrade itself, from its end.
  const markUpgraded = catchInto(task('MarkUpgraded'), stopForRollback);
  markUpgraded.next(new Succeed(scope, 'Upgraded'));
  const checkUpgrade = rolloutLoop(scope, 'Upgrade', catchInto(task('CheckUpgradeRollout'), stopForRollback), markUpgraded, stopForRollback);
  const applyNew = catchInto(task('ApplyNewVersion'), stopForRollback);
  applyNew.next(checkUpgrade);

  // The pre-upgrade backup: its failure changes nothing and ends the upgrade.
  const markAborted = task('MarkUpgradeAborted');
  markAborted.next(upgradeFailed);
  const backupFailed = catchInto(task('MarkPreUpgradeBackupFailed'), markAborted, '$.markFailure');
  backupFailed.next(markAborted);
  const record = catchInto(task('RecordPreUpgradeBackup'), backupFailed);
  record.next(applyNew);
  const start = catchInto(task('StartPreUpgradeBackupJob'), backupFailed);
  start.next(jobLoop(scope, 'PreUpgradeBackupJob', catchInto(task('CheckPreUpgradeBackupJob'), backupFailed), record, backupFailed));
  return start;
};

/**
 * A rolling restart: a new `restartedAt` on each workload's pod template (RestartWorkloads also sets the
 * polling fields) → judge the rollout as provisioning does → mark RUNNING. A failed rollout, its deadline or
 * a failed step: the instance is marked RUNNING all the same with the reason (its pods are the
 * controllers' to bring up; health checks degrade it), and the execution fails. Input: `{ instanceId,
 * subscriptionId, restartId, restartedAt, pollSeconds?, maxPolls? }`.
 */
export const restartGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof restartInstance.tasks) => taskState(scope, name, restartInstance.tasks[name], taskFunction);
  const failed = new Fail(scope, 'RestartFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' });
  const markFailed = task('MarkRestartFailed');
  markFailed.next(failed);
  const markRestarted = catchInto(task('MarkRestarted'), markFailed);
  markRestarted.next(new Succeed(scope, 'Restarted'));
  const checkRollout = rolloutLoop(scope, 'Restart', catchInto(task('CheckRestartRollout'), markFailed), markRestarted, markFailed);
  const restart = catchInto(task('RestartWorkloads'), markFailed);
  restart.next(checkRollout);
  return restart;
};

/**
 * load the change → apply the new plan (node reservation, quota, objects, volumes) → judge the rollout →
 * switch the plan, record the prorated entry, RUNNING. Any failure, a failed rollout or the deadline: apply
 * the old plan again (volumes keep their size), RUNNING on it with `subscription.plan-change-failed`, nothing
 * charged, and the execution fails. Input: `{ instanceId, subscriptionId, planChangeId }`, under the
 * rollout polling defaults.
 */
export const resizeGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof resizeInstance.tasks) => taskState(scope, name, resizeInstance.tasks[name], taskFunction);
  const markFailed = task('MarkResizeFailed');
  markFailed.next(new Fail(scope, 'ResizeFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' }));
  // Putting the old plan back must not keep the instance from being marked: its own failure is only recorded.
  const restore = catchInto(task('RestoreOldPlan'), markFailed, '$.rollbackFailure');
  restore.next(markFailed);

  const markResized = catchInto(task('MarkResized'), restore);
  markResized.next(new Succeed(scope, 'Resized'));
  const check = rolloutLoop(scope, 'Resize', catchInto(task('CheckResizeRollout'), restore), markResized, restore);
  const apply = catchInto(task('ApplyNewPlan'), restore);
  apply.next(check);
  // A change no longer pending (a repeated start) fails here, before anything is touched; the failure path
  // finds nothing of its own to undo or mark (both steps leave an instance not RESIZING for this change
  // alone), and any other failure of the load still ends the instance's RESIZING there.
  const load = catchInto(task('LoadPlanChange'), restore);
  load.next(apply);
  return withPollingDefaults(scope, load);
};

/**
 * An administrators' batch upgrade: advance it (settle the upgrades in flight, start the next batch) → while
 * it is RUNNING, wait `$.pollSeconds` and advance again; PAUSED, COMPLETED or SUPERSEDED (resumed under a new
 * id, which its own execution drives) → done. A failed step, or still RUNNING after `$.maxPolls`: the batch
 * is PAUSED with the reason (a POST resumes it) and the execution fails. Input: shared/upgrades/batch-workflow.ts
 * `UpgradeBatchInput`, under the batch polling defaults.
 */
export const upgradeBatchGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof upgradeBatch.tasks) => taskState(scope, name, upgradeBatch.tasks[name], taskFunction);
  const failed = new Fail(scope, 'BatchFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' });
  // Pausing must not hide the failure that led to it: its own failure is only recorded.
  const pause = catchInto(task('PauseBatch'), failed, '$.pauseFailure');
  pause.next(failed);
  const deadline = new Pass(scope, 'BatchDeadline', {
    parameters: { Error: batchDeadlineError, Cause: JsonPath.format('The batch was still running after {} checks', JsonPath.stringAt('$.polls')) },
    resultPath: '$.failure',
  });
  deadline.next(pause);
  const advance = catchInto(task('AdvanceBatch'), pause);
  const wait = new Wait(scope, 'WaitForBatch', { time: WaitTime.secondsPath('$.pollSeconds') });
  wait.next(advance);
  const running = Condition.stringEquals('$.status', 'RUNNING');
  advance.next(
    new Choice(scope, 'BatchRunning?')
      .when(Condition.and(running, Condition.numberGreaterThanEqualsJsonPath('$.polls', '$.maxPolls')), deadline)
      .when(running, wait)
      .otherwise(new Succeed(scope, 'BatchSettled')),
  );
  return withPollingDefaults(scope, advance, defaultBatchPolling);
};
