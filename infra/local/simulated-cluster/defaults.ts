import { randomInt } from 'node:crypto';
import type { ApiResource } from './api-resources';
import { isPlainObject, type JsonObject, type KubeObject } from './kube-object';

/**
 * The defaults the API server and the usual controllers fill in, for what the platform or kubectl reads
 * back (a Service's cluster IP, a Namespace's phase, a bound PVC). Each is idempotent: applied to its own
 * result it changes nothing, so an unchanged re-apply stays unchanged.
 */

type Defaulter = (object: KubeObject, previous: KubeObject | undefined) => void;

const spec = (object: KubeObject): JsonObject => (object.spec = isPlainObject(object.spec) ? object.spec : {}) as JsonObject;
const status = (object: KubeObject): JsonObject => (object.status = isPlainObject(object.status) ? object.status : {}) as JsonObject;
const setDefault = (target: JsonObject, key: string, value: unknown) => {
  if (target[key] === undefined) target[key] = value;
};

const namespace: Defaulter = (object) => {
  object.metadata.labels = { ...object.metadata.labels, 'kubernetes.io/metadata.name': object.metadata.name! };
  setDefault(spec(object), 'finalizers', ['kubernetes']);
  setDefault(status(object), 'phase', 'Active');
};

const secret: Defaulter = (object) => {
  // stringData is write-only: the API server folds it into data.
  if (isPlainObject(object.stringData)) {
    const encoded = Object.entries(object.stringData).map(([key, value]) => [key, Buffer.from(String(value)).toString('base64')]);
    object.data = { ...(isPlainObject(object.data) ? object.data : {}), ...Object.fromEntries(encoded) };
  }
  delete object.stringData;
  setDefault(object, 'type', 'Opaque');
};

const service: Defaulter = (object, previous) => {
  const s = spec(object);
  setDefault(s, 'type', 'ClusterIP');
  const previousIp = (previous?.spec as JsonObject | undefined)?.clusterIP;
  if (s.type !== 'ExternalName') {
    setDefault(s, 'clusterIP', previousIp ?? `10.96.${randomInt(0, 256)}.${randomInt(1, 255)}`);
    setDefault(s, 'clusterIPs', [s.clusterIP]);
    setDefault(s, 'ipFamilies', ['IPv4']);
    setDefault(s, 'ipFamilyPolicy', 'SingleStack');
    setDefault(s, 'internalTrafficPolicy', 'Cluster');
  }
  setDefault(s, 'sessionAffinity', 'None');
  if (Array.isArray(s.ports)) s.ports = s.ports.map((port: JsonObject) => ({ protocol: 'TCP', targetPort: port.port, ...port }));
  setDefault(status(object), 'loadBalancer', {});
};

/** The pod template fields the API server fills in, so `kubectl get -o yaml` reads as from a cluster. */
const podTemplate = (object: KubeObject) => {
  const template = spec(object).template;
  if (!isPlainObject(template) || !isPlainObject(template.spec)) return;
  const pod = template.spec;
  setDefault(pod, 'restartPolicy', 'Always');
  setDefault(pod, 'terminationGracePeriodSeconds', 30);
  setDefault(pod, 'dnsPolicy', 'ClusterFirst');
  setDefault(pod, 'securityContext', {});
  setDefault(pod, 'schedulerName', 'default-scheduler');
  for (const key of ['containers', 'initContainers']) {
    if (!Array.isArray(pod[key])) continue;
    pod[key] = (pod[key] as JsonObject[]).map((container) => {
      const image = String(container.image ?? '');
      const latest = !/:[^/]+$/.test(image.split('@')[0]!) || image.endsWith(':latest');
      return {
        ...container,
        ...(Array.isArray(container.ports) && { ports: container.ports.map((port: JsonObject) => ({ protocol: 'TCP', ...port })) }),
        imagePullPolicy: container.imagePullPolicy ?? (latest && !image.includes('@') ? 'Always' : 'IfNotPresent'),
        terminationMessagePath: container.terminationMessagePath ?? '/dev/termination-log',
        terminationMessagePolicy: container.terminationMessagePolicy ?? 'File',
        resources: container.resources ?? {},
      };
    });
  }
};

const deployment: Defaulter = (object) => {
  podTemplate(object);
  const s = spec(object);
  setDefault(s, 'replicas', 1);
  setDefault(s, 'strategy', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
  setDefault(s, 'revisionHistoryLimit', 10);
  setDefault(s, 'progressDeadlineSeconds', 600);
};

const statefulSet: Defaulter = (object) => {
  podTemplate(object);
  const s = spec(object);
  setDefault(s, 'replicas', 1);
  setDefault(s, 'podManagementPolicy', 'OrderedReady');
  setDefault(s, 'updateStrategy', { type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
  setDefault(s, 'revisionHistoryLimit', 10);
  setDefault(s, 'persistentVolumeClaimRetentionPolicy', { whenDeleted: 'Retain', whenScaled: 'Retain' });
};

/** Bound at once by a make-believe provisioner, as a default storage class with Immediate binding would. */
const persistentVolumeClaim: Defaulter = (object) => {
  const s = spec(object);
  setDefault(s, 'storageClassName', 'local-path');
  setDefault(s, 'volumeMode', 'Filesystem');
  setDefault(s, 'volumeName', `pvc-${object.metadata.uid}`);
  const requested = ((s.resources as JsonObject | undefined)?.requests as JsonObject | undefined)?.storage;
  Object.assign(status(object), { phase: 'Bound', accessModes: s.accessModes ?? ['ReadWriteOnce'], ...(requested !== undefined && { capacity: { storage: requested } }) });
};

/** Usage is not counted: `used` shows 0 for every limit. */
const resourceQuota: Defaulter = (object) => {
  const hard = (spec(object).hard ?? {}) as JsonObject;
  const used = (status(object).used ?? {}) as JsonObject;
  Object.assign(status(object), { hard, used: Object.fromEntries(Object.keys(hard).map((key) => [key, used[key] ?? '0'])) });
};

const ingress: Defaulter = (object) => {
  setDefault(status(object), 'loadBalancer', { ingress: [{ ip: '127.0.0.1' }] });
};

/** cert-manager, played: a Certificate is issued at once (its Ready condition True), so a verified custom domain goes ACTIVE locally. */
const certificate: Defaulter = (object) => {
  setDefault(status(object), 'conditions', [
    { type: 'Ready', status: 'True', reason: 'Ready', message: 'Certificate is up to date and has not expired', lastTransitionTime: new Date().toISOString() },
  ]);
};

const defaulters: Record<string, Defaulter> = {
  Certificate: certificate,
  Namespace: namespace,
  Secret: secret,
  Service: service,
  Deployment: deployment,
  StatefulSet: statefulSet,
  PersistentVolumeClaim: persistentVolumeClaim,
  ResourceQuota: resourceQuota,
  Ingress: ingress,
};

export const applyDefaults = (resource: ApiResource, object: KubeObject, previous: KubeObject | undefined) => {
  defaulters[resource.kind]?.(object, previous);
};
