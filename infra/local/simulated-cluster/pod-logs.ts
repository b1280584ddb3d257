import type { JsonObject, KubeObject } from './kube-object';
import { badRequest } from './status-errors';

/**
 * pods/log as the simulated cluster answers it: no container runs here, so a Ready container's log is a few
 * lines derived from its pod (the same on every read), cut by the API server's own parameters (`tailLines`,
 * `sinceSeconds` is accepted, `limitBytes`). A container the pod does not have is the API server's 400; one
 * still waiting is its 400 too ("is waiting to start").
 */
export const podLogText = (pod: KubeObject, query: URLSearchParams): string => {
  const spec = (pod.spec ?? {}) as { containers?: { name: string; image?: string }[] };
  const containers = spec.containers ?? [];
  const name = query.get('container') ?? (containers.length === 1 ? containers[0]!.name : undefined);
  if (!name) throw badRequest(`a container name must be specified for pod ${pod.metadata.name}, choose one of: [${containers.map((c) => c.name).join(' ')}]`);
  const container = containers.find((c) => c.name === name);
  if (!container) throw badRequest(`container ${name} is not valid for pod ${pod.metadata.name}`);
  const statuses = ((pod.status as JsonObject | undefined)?.containerStatuses ?? []) as { name: string; ready?: boolean; state?: { waiting?: { reason?: string } } }[];
  const waiting = statuses.find((s) => s.name === name)?.state?.waiting;
  if (waiting) throw badRequest(`container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${waiting.reason ?? 'ContainerCreating'}`);

  const since = String(pod.metadata.creationTimestamp ?? new Date(0).toISOString());
  const lines = [
    `${since} starting ${container.image ?? name}`,
    `${since} ${name}: configuration loaded`,
    `${since} ${name}: listening`,
    `${since} ${name}: ready`,
  ];
  const tail = Number(query.get('tailLines') ?? Number.NaN);
  const kept = Number.isInteger(tail) && tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines;
  let text = kept.map((line) => `${line}\n`).join('');
  const limit = Number(query.get('limitBytes') ?? Number.NaN);
  if (Number.isInteger(limit) && limit > 0) text = Buffer.from(text).subarray(0, limit).toString('utf8');
  return text;
};
