import { createHash } from 'node:crypto';
import { cpuMillicores, memoryMiB } from '../../../shared/provisioning/quantity';
import type { JsonObject, KubeObject } from './kube-object';

/**
 * What metrics-server would serve for a pod (`metrics.k8s.io/v1beta1` PodMetrics): the CPU and memory each
 * container uses, here a share of what the container requests (CPU 5–60 %, memory 35–85 %), drawn from the
 * pod's uid and the hour. So the figures are plausible, the same on every read within an hour, and different
 * from one hour to the next. Only running pods have metrics, as with metrics-server.
 */

/** A container without requests is taken to ask for this much (LimitRange defaults would apply in a real namespace). */
const DEFAULT_REQUEST = { cpuMillicores: 100, memoryMiB: 128 };
/** metrics-server scrapes the kubelets every 15 s and reports the usage over that window. */
const SCRAPE_SECONDS = 15;
const HOUR_MS = 3_600_000;

/** A number in [0, 1) from the text: stable, evenly spread. */
const share = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;

interface ContainerSpec {
  name: string;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

const requested = (container: ContainerSpec, resource: 'cpu' | 'memory') => {
  const quantity = container.resources?.requests?.[resource] ?? container.resources?.limits?.[resource];
  const value = quantity === undefined ? undefined : resource === 'cpu' ? cpuMillicores(quantity) : memoryMiB(quantity);
  return value || (resource === 'cpu' ? DEFAULT_REQUEST.cpuMillicores : DEFAULT_REQUEST.memoryMiB);
};

export const isRunning = (pod: KubeObject) => (pod.status as JsonObject | undefined)?.phase === 'Running';

export const podMetricsOf = (pod: KubeObject, now: Date): KubeObject => {
  const hour = Math.floor(now.getTime() / HOUR_MS);
  const scraped = new Date(Math.floor(now.getTime() / (SCRAPE_SECONDS * 1000)) * SCRAPE_SECONDS * 1000);
  const containers = (((pod.spec as JsonObject | undefined)?.containers ?? []) as ContainerSpec[]).map((container) => {
    const seed = `${pod.metadata.uid}/${container.name}/${hour}`;
    const cpu = requested(container, 'cpu') * (0.05 + 0.55 * share(`${seed}/cpu`));
    const memory = requested(container, 'memory') * (0.35 + 0.5 * share(`${seed}/memory`));
    // metrics-server's own units: nanocores and kibibytes.
    return { name: container.name, usage: { cpu: `${Math.round(cpu * 1e6)}n`, memory: `${Math.round(memory * 1024)}Ki` } };
  });
  return {
    apiVersion: 'metrics.k8s.io/v1beta1',
    kind: 'PodMetrics',
    metadata: {
      name: pod.metadata.name,
      namespace: pod.metadata.namespace,
      creationTimestamp: now.toISOString(),
      ...(pod.metadata.labels && { labels: pod.metadata.labels }),
    },
    timestamp: scraped.toISOString(),
    window: `${SCRAPE_SECONDS}s`,
    containers,
  };
};
