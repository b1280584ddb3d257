import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import { generateCredentials } from './generate-credentials';
import { renderInstance } from './render-instance';
import type { InstanceObject } from './render-input';
import { templateNames, type TemplateName } from './template-name';

/** How often the provisioning workflow checks a rollout (its Wait state). */
export const ROLLOUT_POLL_SECONDS = 5;
/** Scheduling, an image pull and a volume attach before any probe runs. */
const BEFORE_PROBES_SECONDS = 180;

/** The longest a probe may fail before it gives up: what Kubernetes itself waits. */
const probeBudget = (probe: IProbe | undefined) =>
  probe ? (probe.initialDelaySeconds ?? 0) + (probe.periodSeconds ?? 10) * (probe.failureThreshold ?? 3) : 0;

/** A container is Ready at the latest when its startup probe's budget is spent and its readiness probe passes once. */
const containerBudget = (container: IContainer) => probeBudget(container.startupProbe) + (container.readinessProbe?.periodSeconds ?? 0);

/**
 * The seconds a rollout of these objects may take before it is judged too slow: every workload's slowest
 * container, one after the other (an app waits for its database), plus what comes before the probes. A
 * deadline shorter than the probes' budget (5 minutes against 10, before) fails a first boot that runs its
 * migrations on a small CPU share, which Kubernetes itself would have waited for.
 */
export const rolloutDeadlineSeconds = (objects: readonly InstanceObject[]): number => {
  const workloads = objects.filter((object) => object.kind === 'Deployment' || object.kind === 'StatefulSet');
  const perWorkload = workloads.map((workload) => {
    const spec = (workload.spec as { template?: { spec?: { containers?: IContainer[]; initContainers?: IContainer[] } } } | undefined)?.template?.spec;
    return Math.max(0, ...[...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map(containerBudget));
  });
  return BEFORE_PROBES_SECONDS + perWorkload.reduce((sum, seconds) => sum + seconds, 0);
};

/** A template's deadline, from its objects as rendered (the plan and version do not change the probes). */
const templateDeadline = (template: TemplateName) =>
  rolloutDeadlineSeconds(
    renderInstance({
      template,
      instanceId: '01AAAAAAAAAAAAAAAAAAAAAAAA',
      userId: '01AAAAAAAAAAAAAAAAAAAAAAAA',
      plan: { limits: { cpuMillicores: 2000, memoryMiB: 4096, storageGiB: 20 } },
      appsDomain: 'deadline.invalid',
      version: 'latest',
      credentials: generateCredentials(template),
    } as Parameters<typeof renderInstance>[0]),
  );

/** How many rollout checks the provisioning workflow makes for a template before its deadline. */
export const rolloutPollsFor = (template: TemplateName): number => Math.ceil(templateDeadline(template) / ROLLOUT_POLL_SECONDS);

/** The longest rollout deadline of any template: the cleanup job's provisioning deadline must exceed it. */
export const longestRolloutDeadlineSeconds = (): number => Math.max(...templateNames.map(templateDeadline));
