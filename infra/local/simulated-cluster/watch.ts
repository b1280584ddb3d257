import type { ServerResponse } from 'node:http';
import { apiResources, type ApiResource } from './api-resources';
import { matchesFields, parseFieldSelector } from './field-selector';
import { deepEqual, type KubeObject } from './kube-object';
import { matchesLabels, parseLabelSelector } from './label-selector';
import type { ObjectStore, StoreChange } from './object-store';
import { listObjects, synthesisedFrom, type ReadContext } from './resource-reads';
import type { ResourcePath } from './route-path';
import { toTable, wantsTable, type IncludeObject } from './table-output';

/**
 * Watches (`?watch=true`), for kubectl's waits (`delete`, `rollout status`, `get -w`) and client-node
 * informers: a log of recent changes, replayed from the resourceVersion asked for, then the live ones; or,
 * for a streaming list (`sendInitialEvents=true`), the current objects, an initial-events-end bookmark, then
 * the live ones.
 * Pods and replica sets change when their workload does. A resourceVersion older than the log answers
 * 410 Expired, so the client lists again.
 */

type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

interface WatchEvent {
  revision: number;
  type: EventType;
  resource: ApiResource;
  object: KubeObject;
  previous?: KubeObject;
}

const LOG_SIZE = 5_000;
const DEFAULT_TIMEOUT_SECONDS = 1_800;

export interface WatchHub {
  serve(path: ResourcePath, query: URLSearchParams, accept: string, response: ServerResponse): void;
}

const diff = (resource: ApiResource, revision: number, before: KubeObject[], after: KubeObject[]): WatchEvent[] => {
  const events: WatchEvent[] = [];
  for (const object of after) {
    const previous = before.find((candidate) => candidate.metadata.name === object.metadata.name);
    if (!previous) events.push({ revision, type: 'ADDED', resource, object });
    else if (!deepEqual(previous, object)) events.push({ revision, type: 'MODIFIED', resource, object, previous });
  }
  for (const object of before)
    if (!after.some((candidate) => candidate.metadata.name === object.metadata.name))
      events.push({ revision, type: 'DELETED', resource, object: { ...object, metadata: { ...object.metadata, resourceVersion: String(revision) } } });
  return events;
};

export const createWatchHub = (store: ObjectStore, context: ReadContext): WatchHub => {
  const log: WatchEvent[] = [];
  let trimmedUpTo = Number(store.resourceVersion());
  const listeners = new Set<(event: WatchEvent) => void>();
  const synthesised = apiResources.filter((resource) => resource.synthesised);

  const eventsOf = ({ type, resource, object, previous, revision }: StoreChange): WatchEvent[] => {
    const own: WatchEvent = { revision, type: type === 'remove' ? 'DELETED' : previous ? 'MODIFIED' : 'ADDED', resource, object, previous };
    if (resource.group !== 'apps' || (resource.kind !== 'Deployment' && resource.kind !== 'StatefulSet')) return [own];
    const derived = synthesised.flatMap((kind) =>
      diff(kind, revision, previous ? synthesisedFrom(context, kind, previous) : [], type === 'remove' ? [] : synthesisedFrom(context, kind, object)),
    );
    return [own, ...derived];
  };

  store.onChange((change) => {
    for (const event of eventsOf(change)) {
      log.push(event);
      for (const listener of listeners) listener(event);
    }
    while (log.length > LOG_SIZE) trimmedUpTo = log.shift()!.revision;
  });

  return {
    serve: (path, query, accept, response) => {
      const labels = parseLabelSelector(query.get('labelSelector') ?? undefined);
      const fields = parseFieldSelector(query.get('fieldSelector') ?? undefined);
      const asTable = wantsTable(accept);
      const includeObject = (query.get('includeObject') ?? 'Metadata') as IncludeObject;
      const matches = (object: KubeObject | undefined) =>
        object !== undefined &&
        (!path.namespace || object.metadata.namespace === path.namespace) &&
        (!path.name || object.metadata.name === path.name) &&
        matchesLabels(labels, object.metadata.labels) &&
        matchesFields(fields, object);
      const write = (type: EventType | 'ERROR', object: unknown) => {
        const shown = asTable && type !== 'ERROR' ? toTable(path.resource, [object as KubeObject], (object as KubeObject).metadata.resourceVersion ?? '', includeObject) : object;
        response.write(`${JSON.stringify({ type, object: shown })}\n`);
      };
      const deliver = (event: WatchEvent) => {
        if (event.resource.kind !== path.resource.kind || event.resource.group !== path.resource.group) return;
        const now = matches(event.object);
        const before = event.type === 'MODIFIED' && matches(event.previous);
        if (event.type === 'MODIFIED') {
          if (now) write(before ? 'MODIFIED' : 'ADDED', event.object);
          else if (before) write('DELETED', event.object);
        } else if (now) write(event.type, event.object);
      };

      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache, private' });
      response.flushHeaders();
      const from = query.get('resourceVersion');
      if (query.get('sendInitialEvents') === 'true') {
        // A streaming list (client-go's WatchListClient, on by default from kubectl 1.35): the current objects
        // as ADDED, then a bookmark marking the end of them, then the changes; kubectl's waits depend on it.
        for (const object of listObjects(context, path.resource, path.namespace, query)) if (matches(object)) write('ADDED', object);
        const apiVersion = path.resource.group ? `${path.resource.group}/${path.resource.version}` : path.resource.version;
        response.write(
          `${JSON.stringify({ type: 'BOOKMARK', object: { kind: path.resource.kind, apiVersion, metadata: { resourceVersion: store.resourceVersion(), annotations: { 'k8s.io/initial-events-end': 'true' } } } })}\n`,
        );
      } else if (!from || from === '0') {
        for (const object of listObjects(context, path.resource, path.namespace, query)) if (matches(object)) write('ADDED', object);
      } else if (Number(from) < trimmedUpTo || !Number.isInteger(Number(from))) {
        write('ERROR', { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `too old resource version: ${from} (${trimmedUpTo})`, reason: 'Expired', code: 410 });
        response.end();
        return;
      } else for (const event of log) if (event.revision > Number(from)) deliver(event);

      listeners.add(deliver);
      const timeout = setTimeout(() => response.end(), Number(query.get('timeoutSeconds') ?? DEFAULT_TIMEOUT_SECONDS) * 1000);
      timeout.unref();
      response.on('close', () => {
        listeners.delete(deliver);
        clearTimeout(timeout);
      });
    },
  };
};
