import type { ApiResource } from './api-resources';
import type { JsonObject, KubeObject } from './kube-object';
import { labelSelectorString } from './label-selector';

/**
 * The server-side printing kubectl asks for (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`):
 * per kind, the columns a real API server prints for `kubectl get`; other kinds get Name and Age.
 */

interface Column {
  name: string;
  type?: 'string' | 'integer' | 'date';
  /** 1: shown only with `-o wide`. */
  priority?: number;
  cell(object: KubeObject, now: Date): string | number;
}

const at = (object: unknown, ...path: string[]): unknown => path.reduce<unknown>((value, key) => (value as JsonObject | undefined)?.[key], object);
const list = (value: unknown): JsonObject[] => (Array.isArray(value) ? (value as JsonObject[]) : []);
const none = (values: string[]) => (values.length > 0 ? values.join(',') : '<none>');

/** Kubernetes' duration.HumanDuration: `45s`, `3m12s`, `5h`, `3d4h`. */
export const humanDuration = (ms: number): string => {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 192) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const days = Math.floor(hours / 24) % 365;
  return days === 0 || hours >= 24 * 365 * 8 ? `${Math.floor(hours / 24 / 365)}y` : `${Math.floor(hours / 24 / 365)}y${days}d`;
};

const since = (timestamp: unknown, now: Date) => (typeof timestamp === 'string' ? humanDuration(now.getTime() - Date.parse(timestamp)) : '<unknown>');

const name: Column = { name: 'Name', cell: (o) => o.metadata.name ?? '' };
const age: Column = { name: 'Age', cell: (o, now) => since(o.metadata.creationTimestamp, now) };
const num = (value: unknown) => Number(value ?? 0);
const containers = (o: KubeObject) => list(at(o, 'spec', 'template', 'spec', 'containers'));
const wideWorkload: Column[] = [
  { name: 'Containers', priority: 1, cell: (o) => containers(o).map((c) => c.name).join(',') },
  { name: 'Images', priority: 1, cell: (o) => containers(o).map((c) => c.image).join(',') },
  { name: 'Selector', priority: 1, cell: (o) => labelSelectorString(at(o, 'spec', 'selector')) },
];

const servicePorts = (o: KubeObject) =>
  list(at(o, 'spec', 'ports'))
    .map((port) => `${port.port}${port.nodePort ? `:${port.nodePort}` : ''}/${port.protocol ?? 'TCP'}`)
    .join(',') || '<none>';

const nodeReady = (o: KubeObject) => {
  const ready = list(at(o, 'status', 'conditions')).find((c) => c.type === 'Ready');
  return `${ready?.status === 'True' ? 'Ready' : 'NotReady'}${at(o, 'spec', 'unschedulable') ? ',SchedulingDisabled' : ''}`;
};

const podStatus = (o: KubeObject) => {
  if (o.metadata.deletionTimestamp) return 'Terminating';
  const waiting = list(at(o, 'status', 'containerStatuses')).map((c) => at(c, 'state', 'waiting', 'reason')).find((reason) => reason !== undefined);
  return String(waiting ?? at(o, 'status', 'phase') ?? 'Unknown');
};

const columnsByKind: Record<string, Column[]> = {
  Namespace: [name, { name: 'Status', cell: (o) => String(at(o, 'status', 'phase') ?? '') }, age],
  Node: [
    name,
    { name: 'Status', cell: nodeReady },
    { name: 'Roles', cell: (o) => none(Object.keys(o.metadata.labels ?? {}).filter((l) => l.startsWith('node-role.kubernetes.io/')).map((l) => l.slice(24))) },
    age,
    { name: 'Version', cell: (o) => String(at(o, 'status', 'nodeInfo', 'kubeletVersion') ?? '') },
    { name: 'Internal-IP', priority: 1, cell: (o) => String(list(at(o, 'status', 'addresses')).find((a) => a.type === 'InternalIP')?.address ?? '<none>') },
    { name: 'OS-Image', priority: 1, cell: (o) => String(at(o, 'status', 'nodeInfo', 'osImage') ?? '') },
  ],
  Pod: [
    name,
    { name: 'Ready', cell: (o) => { const statuses = list(at(o, 'status', 'containerStatuses')); return `${statuses.filter((c) => c.ready).length}/${statuses.length}`; } },
    { name: 'Status', cell: podStatus },
    { name: 'Restarts', type: 'integer', cell: (o) => list(at(o, 'status', 'containerStatuses')).reduce((sum, c) => sum + num(c.restartCount), 0) },
    age,
    { name: 'IP', priority: 1, cell: (o) => String(at(o, 'status', 'podIP') ?? '<none>') },
    { name: 'Node', priority: 1, cell: (o) => String(at(o, 'spec', 'nodeName') ?? '<none>') },
  ],
  Service: [
    name,
    { name: 'Type', cell: (o) => String(at(o, 'spec', 'type') ?? 'ClusterIP') },
    { name: 'Cluster-IP', cell: (o) => String(at(o, 'spec', 'clusterIP') ?? '<none>') },
    { name: 'External-IP', cell: (o) => (at(o, 'spec', 'type') === 'LoadBalancer' ? none(list(at(o, 'status', 'loadBalancer', 'ingress')).map((i) => String(i.ip ?? i.hostname))).replace('<none>', '<pending>') : '<none>') },
    { name: 'Port(s)', cell: servicePorts },
    age,
    { name: 'Selector', priority: 1, cell: (o) => none(Object.entries((at(o, 'spec', 'selector') ?? {}) as Record<string, string>).map(([k, v]) => `${k}=${v}`)) },
  ],
  Secret: [name, { name: 'Type', cell: (o) => String(o.type ?? 'Opaque') }, { name: 'Data', type: 'integer', cell: (o) => Object.keys((o.data ?? {}) as object).length }, age],
  ConfigMap: [name, { name: 'Data', type: 'integer', cell: (o) => Object.keys((o.data ?? {}) as object).length + Object.keys((o.binaryData ?? {}) as object).length }, age],
  ServiceAccount: [name, { name: 'Secrets', type: 'integer', cell: (o) => list(o.secrets).length }, age],
  PersistentVolumeClaim: [
    name,
    { name: 'Status', cell: (o) => String(at(o, 'status', 'phase') ?? 'Pending') },
    { name: 'Volume', cell: (o) => String(at(o, 'spec', 'volumeName') ?? '') },
    { name: 'Capacity', cell: (o) => String(at(o, 'status', 'capacity', 'storage') ?? '') },
    { name: 'Access Modes', cell: (o) => ((at(o, 'status', 'accessModes') ?? []) as string[]).map((m) => ({ ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' })[m] ?? m).join(',') },
    { name: 'StorageClass', cell: (o) => String(at(o, 'spec', 'storageClassName') ?? '<unset>') },
    { name: 'VolumeAttributesClass', cell: (o) => String(at(o, 'spec', 'volumeAttributesClassName') ?? '<unset>') },
    age,
  ],
  ResourceQuota: [
    name,
    age,
    { name: 'Request', cell: (o) => Object.entries((at(o, 'status', 'hard') ?? {}) as Record<string, string>).filter(([k]) => !k.startsWith('limits.')).map(([k, v]) => `${k}: ${String(at(o, 'status', 'used', k) ?? '0')}/${v}`).join(', ') },
    { name: 'Limit', cell: (o) => Object.entries((at(o, 'status', 'hard') ?? {}) as Record<string, string>).filter(([k]) => k.startsWith('limits.')).map(([k, v]) => `${k}: ${String(at(o, 'status', 'used', k) ?? '0')}/${v}`).join(', ') },
  ],
  Event: [
    { name: 'Last Seen', cell: (o, now) => since(o.lastTimestamp ?? o.eventTime ?? o.metadata.creationTimestamp, now) },
    { name: 'Type', cell: (o) => String(o.type ?? '') },
    { name: 'Reason', cell: (o) => String(o.reason ?? '') },
    { name: 'Object', cell: (o) => `${String(at(o, 'involvedObject', 'kind') ?? '').toLowerCase()}/${String(at(o, 'involvedObject', 'name') ?? '')}` },
    { name: 'Message', cell: (o) => String(o.message ?? '') },
  ],
  Deployment: [
    name,
    { name: 'Ready', cell: (o) => `${num(at(o, 'status', 'readyReplicas'))}/${num(at(o, 'spec', 'replicas'))}` },
    { name: 'Up-to-date', type: 'integer', cell: (o) => num(at(o, 'status', 'updatedReplicas')) },
    { name: 'Available', type: 'integer', cell: (o) => num(at(o, 'status', 'availableReplicas')) },
    age,
    ...wideWorkload,
  ],
  StatefulSet: [name, { name: 'Ready', cell: (o) => `${num(at(o, 'status', 'readyReplicas'))}/${num(at(o, 'spec', 'replicas'))}` }, age, ...wideWorkload.slice(0, 2)],
  ReplicaSet: [
    name,
    { name: 'Desired', type: 'integer', cell: (o) => num(at(o, 'spec', 'replicas')) },
    { name: 'Current', type: 'integer', cell: (o) => num(at(o, 'status', 'replicas')) },
    { name: 'Ready', type: 'integer', cell: (o) => num(at(o, 'status', 'readyReplicas')) },
    age,
    ...wideWorkload,
  ],
  Ingress: [
    name,
    { name: 'Class', cell: (o) => String(at(o, 'spec', 'ingressClassName') ?? '<none>') },
    { name: 'Hosts', cell: (o) => list(at(o, 'spec', 'rules')).map((r) => String(r.host ?? '*')).join(',') || '*' },
    { name: 'Address', cell: (o) => list(at(o, 'status', 'loadBalancer', 'ingress')).map((i) => String(i.ip ?? i.hostname)).join(',') },
    { name: 'Ports', cell: (o) => (list(at(o, 'spec', 'tls')).length > 0 ? '80, 443' : '80') },
    age,
  ],
  NetworkPolicy: [name, { name: 'Pod-Selector', cell: (o) => labelSelectorString(at(o, 'spec', 'podSelector')) || '<none>' }, age],
};

export const wantsTable = (accept: string | undefined): boolean => /as=Table/.test(accept ?? '');

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export const toTable = (resource: ApiResource, objects: KubeObject[], resourceVersion: string, includeObject: IncludeObject, now = new Date()) => {
  const columns = columnsByKind[resource.kind] ?? [name, age];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columns.map((column) => ({
      name: column.name,
      type: column.type ?? 'string',
      format: column === name ? 'name' : '',
      description: column.name,
      priority: column.priority ?? 0,
    })),
    rows: objects.map((object) => ({
      cells: columns.map((column) => column.cell(object, now)),
      ...(includeObject === 'Object' && { object }),
      ...(includeObject === 'Metadata' && { object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata } }),
    })),
  };
};
