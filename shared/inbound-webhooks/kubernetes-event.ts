import * as z from 'zod';
import type { DegradationCause } from '../subscriptions/lifecycle';

const timestamp = z.string().max(64).nullish();

/**
 * The body an event exporter posts for one Kubernetes event: a core/v1 Event, as kubernetes-event-exporter's
 * webhook sink sends it (with the involved object's labels when it has them). Only what the platform reads is
 * checked; every other field the exporter adds is let through, so a newer exporter is not refused.
 */
export const kubernetesEventSchema = z
  .looseObject({
    metadata: z.looseObject({
      uid: z.string().min(1).max(128).meta({ example: '5d1f4b55-0c5e-4a4f-9f0e-7d3c2b1a0f9e' }),
      name: z.string().max(253).optional(),
      namespace: z.string().max(63).optional(),
    }),
    involvedObject: z.looseObject({
      kind: z.string().max(64).optional().meta({ example: 'Pod' }),
      namespace: z.string().max(63).optional().meta({ example: 'cust-01jd7y7q8m3k2v1x0w9z8y7x6w' }),
      name: z.string().min(1).max(253).meta({ example: 'n8n-0w9z8y7x6w5v-5d9c7b6f4-x2k4p' }),
      labels: z.record(z.string(), z.string()).optional(),
    }),
    reason: z.string().max(128).optional().meta({ example: 'BackOff' }),
    message: z.string().max(8192).optional().meta({ example: 'Back-off restarting failed container n8n in pod n8n-0w9z8y7x6w5v-5d9c7b6f4-x2k4p' }),
    type: z.string().max(32).optional().meta({ example: 'Warning' }),
    count: z.number().int().min(0).optional().meta({ example: 3 }),
    series: z.looseObject({ count: z.number().int().min(0).optional() }).nullish(),
    firstTimestamp: timestamp,
    lastTimestamp: timestamp,
    eventTime: timestamp,
  })
  .meta({ id: 'KubernetesEvent', description: 'A core/v1 Event as an event exporter posts it (kubernetes-event-exporter webhook sink).' });

export type KubernetesEvent = z.infer<typeof kubernetesEventSchema>;

/** What a Kubernetes event says about an instance's health, if anything. */
export type PodSignal =
  | { kind: 'unhealthy'; cause: DegradationCause; reason: string; message?: string; pod: string; at: Date }
  | { kind: 'healthy'; reason: string; pod: string; at: Date };

/** Warning reasons that mean a pod of the instance is not serving, and why. */
const unhealthyReasons: Record<string, DegradationCause> = {
  BackOff: 'crash-loop',
  CrashLoopBackOff: 'crash-loop',
  OOMKilled: 'out-of-memory',
  OOMKilling: 'out-of-memory',
  Evicted: 'evicted',
  ErrImagePull: 'image-pull',
  ImagePullBackOff: 'image-pull',
  ErrImageNeverPull: 'image-pull',
  InspectFailed: 'image-pull',
};

/** Normal reasons that show a container came up again: a candidate recovery (see `acceptsRecovery`). */
const healthyReasons = new Set(['Started', 'Pulled']);

const PULL_MESSAGE = /pull(ing)? image|ErrImagePull|ImagePullBackOff|image.*not found|manifest unknown/i;

/** The time the event last happened: lastTimestamp, else eventTime (events.k8s.io), else firstTimestamp. */
export const eventTimeOf = (event: KubernetesEvent, fallback: Date): Date => {
  for (const value of [event.lastTimestamp, event.eventTime, event.firstTimestamp]) {
    const at = value ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(at)) return new Date(at);
  }
  return fallback;
};

/**
 * Reads an event as a pod signal. Unhealthy: a Warning that a container crash-loops (BackOff, whose message
 * tells a restart back-off from an image-pull one), was OOM-killed, its pod evicted, or its image not
 * pulled (also a generic `Failed` about pulling). Healthy: a Normal `Started` or `Pulled`. Anything else
 * (Scheduled, Created, Killing…) says nothing, and changes nothing.
 */
export const podSignalOf = (event: KubernetesEvent, received: Date): PodSignal | undefined => {
  const reason = event.reason ?? '';
  const pod = event.involvedObject.name;
  const at = eventTimeOf(event, received);
  if (event.type === 'Warning') {
    let cause = unhealthyReasons[reason];
    if (reason === 'Failed' && PULL_MESSAGE.test(event.message ?? '')) cause = 'image-pull';
    if (reason === 'BackOff' && PULL_MESSAGE.test(event.message ?? '')) cause = 'image-pull';
    return cause ? { kind: 'unhealthy', cause, reason, ...(event.message ? { message: event.message } : {}), pod, at } : undefined;
  }
  if (event.type === 'Normal' && healthyReasons.has(reason)) return { kind: 'healthy', reason, pod, at };
  return undefined;
};

/**
 * Whether a healthy signal ends a degradation. A crash-looping container is Started again before every
 * crash, so a start of the very pod that degraded proves nothing (the pod-health job will see it Ready);
 * a start or pull after the degradation on another pod (the replacement of an evicted one, a new rollout)
 * does, and so does any later start or pull when the degradation was an image that would not pull.
 */
export const acceptsRecovery = (degradation: { cause: DegradationCause; pod?: string; since: string } | undefined, signal: { pod: string; at: Date }): boolean => {
  if (!degradation) return true;
  if (signal.at.getTime() <= Date.parse(degradation.since)) return false;
  return degradation.cause === 'image-pull' || signal.pod !== degradation.pod;
};

/** Applied once: the event's uid with its count (a repeated event keeps its uid and counts up). */
export const kubernetesClaimKey = (event: KubernetesEvent): string => `${event.metadata.uid}:${event.count ?? event.series?.count ?? 1}`;
