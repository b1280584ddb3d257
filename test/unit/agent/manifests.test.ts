import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ClusterRole, ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { DaemonSet } from 'kubernetes-models/apps/v1';
import { ConfigMap, Namespace, Secret, ServiceAccount } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/** The agent's manifests: valid Kubernetes objects, and the security properties the DaemonSet promises. */

const manifestDir = path.resolve(import.meta.dirname, '../../../agent/manifests');
const files = readdirSync(manifestDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
const objects = files.flatMap((file) =>
  parseAllDocuments(readFileSync(path.join(manifestDir, file), 'utf8')).map((doc) => {
    expect(doc.errors, file).toEqual([]);
    return { file, object: doc.toJS() as { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } } };
  }),
);

const models: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/Secret': Secret,
  'v1/ConfigMap': ConfigMap,
  'rbac.authorization.k8s.io/v1/ClusterRole': ClusterRole,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': ClusterRoleBinding,
  'apps/v1/DaemonSet': DaemonSet,
};

const find = (kind: string) => {
  const found = objects.filter((o) => o.object.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!.object as never;
};

describe('the agent manifests', () => {
  it('are valid Kubernetes objects of the expected kinds', () => {
    expect(objects.map((o) => o.object.kind).sort()).toEqual(['ClusterRole', 'ClusterRoleBinding', 'ConfigMap', 'DaemonSet', 'Namespace', 'Secret', 'ServiceAccount']);
    for (const { file, object } of objects) {
      const Model = models[`${object.apiVersion}/${object.kind}`];
      expect(Model, `${file}: ${object.apiVersion}/${object.kind}`).toBeDefined();
      expect(() => new Model!(object as never).validate(), file).not.toThrow();
      if (object.kind !== 'Namespace' && !object.kind.startsWith('Cluster')) expect(object.metadata.namespace, file).toBe('paas-system');
    }
  });

  it('keeps the placeholder Secret out of the directory that is applied', () => {
    const secretFile = objects.find((o) => o.object.kind === 'Secret')!.file;
    expect(path.dirname(secretFile)).not.toBe('.');
  });

  it('grants exactly get on nodes and list on pods, to the agent only', () => {
    const role = find('ClusterRole') as ClusterRole;
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['nodes'], verbs: ['get'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['list'] },
    ]);
    const binding = find('ClusterRoleBinding') as ClusterRoleBinding;
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role.metadata!.name });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'paas-agent', namespace: 'paas-system' }]);
  });

  it('runs the agent on every node, unprivileged, reading the host read-only', () => {
    const daemonSet = find('DaemonSet') as DaemonSet;
    const pod = daemonSet.spec!.template.spec!;
    const container = pod.containers[0]!;
    expect(pod.containers).toHaveLength(1);
    expect(pod.tolerations).toEqual([{ operator: 'Exists' }]);
    expect(pod.serviceAccountName).toBe('paas-agent');
    expect(pod.automountServiceAccountToken).toBe(true);
    expect(pod.priorityClassName).toBe('system-node-critical');
    expect(pod.terminationGracePeriodSeconds).toBeLessThanOrEqual(10);
    expect(pod.hostNetwork ?? false).toBe(false);
    expect(pod.hostPID ?? false).toBe(false);

    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.securityContext!.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(container.securityContext!.capabilities!.add).toBeUndefined();
    expect(container.resources?.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources?.limits).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });

    const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e]));
    expect(env.NODE_NAME?.valueFrom?.fieldRef?.fieldPath).toBe('spec.nodeName');
    expect(env.HOST_PROC?.value).toBe('/host/proc');
    expect(env.HOST_ROOT?.value).toBe('/host/root');
    expect(env.AGENT_API_URL?.valueFrom?.configMapKeyRef).toMatchObject({ name: 'paas-agent-config' });
    expect(env.AGENT_TOKEN_FILE?.value).toMatch(/^\/var\/run\/secrets\/paas-agent\//);

    // Every hostPath is mounted read-only; /proc where the agent reads it.
    const volumes = Object.fromEntries((pod.volumes ?? []).map((v) => [v.name, v]));
    const hostMounts = (container.volumeMounts ?? []).filter((m) => volumes[m.name]?.hostPath);
    expect(hostMounts.map((m) => [volumes[m.name]!.hostPath!.path, m.mountPath])).toEqual([
      ['/proc', '/host/proc'],
      ['/', '/host/root'],
    ]);
    for (const mount of container.volumeMounts ?? []) expect(mount.readOnly, mount.name).toBe(true);

    const tokenVolume = Object.values(volumes).find((v) => v.secret);
    expect(tokenVolume?.secret?.secretName).toBe((find('Secret') as Secret).metadata!.name);
  });
});
