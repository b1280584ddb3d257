import * as z from 'zod';
import { AppError } from '../errors/app-error';
import { LogUnavailableError, type Cluster, type KubeObject } from '../kubernetes/cluster';
import type { Instance } from '../subscriptions/subscription';
import { instancePods } from './instance-objects';

/** Lines a customer gets by default, and at most: enough to see a crash, small enough for one Lambda answer. */
export const DEFAULT_LOG_LINES = 200;
export const MAX_LOG_LINES = 2000;
/** Bytes at most (the API server stops there: `limitBytes`), well under API Gateway's 6 MB response. */
export const MAX_LOG_BYTES = 1024 * 1024;
/** How far back `since` may reach: the kubelet keeps little more than that of a container anyway. */
export const MAX_SINCE_SECONDS = 7 * 24 * 60 * 60;

const isoDuration = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * `since` as a count of seconds (`300`), an ISO 8601 duration (`PT5M`, `P1DT2H`), or an instant
 * (`2026-12-06T04:00:00Z`): how far back the log starts, in seconds from `now`; undefined when it is none of
 * those or reaches outside 1 s … 7 days (an instant in the future included).
 */
export const sinceSeconds = (since: string, now: Date): number | undefined => {
  let seconds: number | undefined;
  if (/^\d{1,9}$/.test(since)) seconds = Number(since);
  else if (isoDuration.test(since) && since !== 'P' && !since.endsWith('T')) {
    const [, d = '0', h = '0', m = '0', s = '0'] = isoDuration.exec(since)!;
    seconds = Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
  } else if (z.iso.datetime({ offset: true }).safeParse(since).success) seconds = Math.ceil((now.getTime() - Date.parse(since)) / 1000);
  return seconds !== undefined && seconds >= 1 && seconds <= MAX_SINCE_SECONDS ? seconds : undefined;
};

export const instanceLogsQuerySchema = z.strictObject({
  container: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'must be a container name')
    .optional()
    .meta({ description: "One of the instance's containers; the app's main container by default", example: 'n8n' }),
  since: z
    .string()
    .max(40)
    .refine((value) => sinceSeconds(value, new Date()) !== undefined, 'must be seconds (300), an ISO 8601 duration (PT5M) or an instant (2026-12-06T04:00:00Z), within the last 7 days')
    .optional()
    .meta({ description: 'How far back: seconds, an ISO 8601 duration or an instant', example: 'PT15M' }),
  tail: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LOG_LINES)
    .default(DEFAULT_LOG_LINES)
    .meta({ description: `The last lines (default ${DEFAULT_LOG_LINES}, at most ${MAX_LOG_LINES})` }),
});

export type InstanceLogsQuery = z.output<typeof instanceLogsQuerySchema>;

interface PodContainers {
  pod: KubeObject;
  containers: string[];
  running: boolean;
  component: string;
}

const containersOf = (pod: KubeObject): PodContainers => {
  const spec = (pod.spec ?? {}) as { containers?: { name: string }[] };
  const status = (pod.status ?? {}) as { phase?: string };
  return {
    pod,
    containers: (spec.containers ?? []).map((c) => c.name),
    running: status.phase === 'Running',
    component: pod.metadata.labels?.['app.kubernetes.io/component'] ?? '',
  };
};

/** App pods before the database's, running before the others, newest first: the pod a customer means. */
const rank = (a: PodContainers, b: PodContainers) =>
  Number(b.component === 'app') - Number(a.component === 'app') ||
  Number(b.running) - Number(a.running) ||
  String((b.pod.metadata as { creationTimestamp?: string }).creationTimestamp ?? '').localeCompare(String((a.pod.metadata as { creationTimestamp?: string }).creationTimestamp ?? ''));

/**
 * The last lines of one of the instance's containers, from the Kubernetes API (pods/log): the app's main
 * container unless one is named. Backup Jobs' pods are not the customer's app and are left out. An instance
 * with no pod (suspended, provisioning, failed) is a 409 that says so; a container it does not have, a 400
 * naming `query.container` and the ones it has.
 */
export const readInstanceLogs = async (deps: { cluster: Cluster; now: () => Date }, instance: Instance, query: InstanceLogsQuery): Promise<string> => {
  const pods = (await instancePods(deps.cluster, instance))
    .map(containersOf)
    .filter((p) => p.component !== 'backup' && !(p.pod.metadata as { deletionTimestamp?: string }).deletionTimestamp)
    .sort(rank);
  if (pods.length === 0) throw new AppError('conflict', `The instance has no running pod to read logs from (it is ${instance.status}).`);
  const names = [...new Set(pods.flatMap((p) => p.containers))];
  const container = query.container ?? pods[0]!.containers[0]!;
  const chosen = pods.find((p) => p.containers.includes(container));
  if (!chosen) {
    throw new AppError('validation', 'The instance has no such container.', {
      errors: [{ field: 'query.container', message: `must be one of: ${names.join(', ')}` }],
    });
  }
  const text = await deps.cluster
    .logs(instance.namespace, chosen.pod.metadata.name, {
      container,
      tailLines: query.tail,
      limitBytes: MAX_LOG_BYTES,
      ...(query.since !== undefined && { sinceSeconds: sinceSeconds(query.since, deps.now()) }),
    })
    .catch((error: unknown) => {
      // The API server's reason names pods and containers only; it is still kept to the logs.
      if (error instanceof LogUnavailableError) throw new AppError('conflict', `The container ${container} has no log to show yet (it is not running).`, { cause: error });
      throw error;
    });
  // The pod went away between the list and the read (a restart rolling): nothing to show yet.
  return text ?? '';
};
