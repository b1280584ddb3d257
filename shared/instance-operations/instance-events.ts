import * as z from 'zod';
import type { Cluster, KubeObject } from '../kubernetes/cluster';
import type { Instance } from '../subscriptions/subscription';
import { wordsFor } from './kubernetes-event-words';
import { ownedNames } from './instance-objects';

/** The most events an answer holds: the newest, the rest are old news (Kubernetes keeps them an hour anyway). */
export const MAX_INSTANCE_EVENTS = 100;

/** The kinds whose events the customer sees: their app's own objects, never the node's or the cluster's. */
const shownKinds = ['Pod', 'ReplicaSet', 'Deployment', 'StatefulSet', 'PersistentVolumeClaim', 'Job'] as const;

export const instanceEventSchema = z
  .object({
    type: z.enum(['normal', 'warning']),
    reason: z.string().meta({ description: "Kubernetes' own reason, for searching", example: 'ErrImagePull' }),
    text: z.string().meta({ description: "What happened, in the platform's words", example: 'The image could not be pulled' }),
    object: z.object({ kind: z.enum(shownKinds), name: z.string() }).meta({ description: 'The object of the instance it happened to' }),
    count: z.number().int().min(1).meta({ description: 'How many times it happened' }),
    firstAt: z.iso.datetime(),
    lastAt: z.iso.datetime(),
  })
  .meta({ id: 'InstanceEvent' });

export const instanceEventListSchema = z.object({ items: z.array(instanceEventSchema).max(MAX_INSTANCE_EVENTS) }).meta({ id: 'InstanceEventList' });

export type InstanceEvent = z.infer<typeof instanceEventSchema>;

const eventKind = { apiVersion: 'v1', kind: 'Event' } as const;

const isoOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
};

/** A core/v1 Event in the platform's words: its times from whichever fields its writer filled (old or new API). */
export const translateEvent = (event: KubeObject): InstanceEvent | undefined => {
  const e = event as KubeObject & {
    involvedObject?: { kind?: string; name?: string };
    reason?: string;
    message?: string;
    type?: string;
    count?: number;
    firstTimestamp?: string;
    lastTimestamp?: string;
    eventTime?: string;
    series?: { count?: number; lastObservedTime?: string };
    metadata: { creationTimestamp?: string };
  };
  const kind = e.involvedObject?.kind;
  const name = e.involvedObject?.name;
  if (!kind || !name || !(shownKinds as readonly string[]).includes(kind)) return undefined;
  const firstAt = isoOf(e.firstTimestamp) ?? isoOf(e.eventTime) ?? isoOf(e.metadata.creationTimestamp);
  if (!firstAt) return undefined;
  const lastAt = isoOf(e.series?.lastObservedTime) ?? isoOf(e.lastTimestamp) ?? isoOf(e.eventTime) ?? firstAt;
  const words = wordsFor(e.reason, e.type, e.message);
  return {
    type: e.type === 'Warning' ? 'warning' : 'normal',
    reason: (e.reason ?? 'Unknown').slice(0, 64),
    text: words.text,
    object: { kind: kind as InstanceEvent['object']['kind'], name },
    count: Math.max(1, Number(e.series?.count ?? e.count ?? 1) || 1),
    firstAt,
    lastAt: lastAt < firstAt ? firstAt : lastAt,
  };
};

/**
 * The Kubernetes events of the instance's objects in its namespace, newest first, in the platform's words:
 * one list of the namespace's events, kept to the instance's own objects (another instance of the customer
 * shares the namespace). An instance without a namespace any more has none.
 */
export const listInstanceEvents = async (deps: { cluster: Cluster }, instance: Instance): Promise<InstanceEvent[]> => {
  if (instance.status === 'DELETED') return [];
  const [events, owned] = await Promise.all([deps.cluster.list(eventKind, { namespace: instance.namespace }), ownedNames(deps.cluster, instance)]);
  return events
    .filter((event) => {
      const name = (event as { involvedObject?: { name?: string; namespace?: string } }).involvedObject;
      return name?.name !== undefined && (name.namespace === undefined || name.namespace === instance.namespace) && owned(name.name);
    })
    .map(translateEvent)
    .filter((event): event is InstanceEvent => event !== undefined)
    .sort((a, b) => b.lastAt.localeCompare(a.lastAt) || b.firstAt.localeCompare(a.firstAt))
    .slice(0, MAX_INSTANCE_EVENTS);
};
