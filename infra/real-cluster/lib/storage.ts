import { join } from 'node:path';
import { expectOk, type KubeClient } from './kube-client';

/**
 * Storage without a storage driver. A real cluster runs a CSI driver whose external-provisioner creates a
 * PersistentVolume for each claim; nothing here can mount anything (kwok only pretends to run pods), so
 * the harness plays that provisioner: for every Pending claim of class `standard` it creates a hostPath
 * volume pre-bound to the claim (claimRef), and kube-controller-manager's PV controller binds them as it
 * would a provisioned volume. Released volumes are deleted, as reclaimPolicy Delete asks of a provisioner.
 * (kwok v0.8.0's kustomize/stage/volume stages could do the same inside kwok; here it is plain
 * TypeScript that is easy to read and change.)
 */
export const STORAGE_CLASS = 'standard';
export const PROVISIONER = 'paas.local/fake';
const PROVISIONED_BY = 'pv.kubernetes.io/provisioned-by';

export const createDefaultStorageClass = async (client: KubeClient) => {
  const storageClass = {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: STORAGE_CLASS, annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
    provisioner: PROVISIONER,
    reclaimPolicy: 'Delete',
    // Immediate: bind at claim time, so a pod's claim is Bound before the scheduler looks at it.
    volumeBindingMode: 'Immediate',
    // A plan change with more storage expands the claim, as EKS's gp3 classes allow: the API server's
    // PersistentVolumeClaimResize admission refuses a larger request on a class without it.
    allowVolumeExpansion: true,
  };
  const created = await client.request('POST', '/apis/storage.k8s.io/v1/storageclasses', storageClass);
  expectOk(created, 'creating StorageClass standard', [409]);
  // A class left by an earlier run of this control plane: the field is mutable, so it follows.
  if (created.status === 409) {
    expectOk(
      await client.request('PATCH', `/apis/storage.k8s.io/v1/storageclasses/${STORAGE_CLASS}`, { allowVolumeExpansion: true }, 'application/merge-patch+json'),
      'allowing StorageClass standard to expand',
    );
  }
};

interface Claim {
  metadata: { name: string; namespace: string; uid: string };
  spec: { storageClassName?: string; volumeName?: string; accessModes?: string[]; volumeMode?: string; resources?: { requests?: { storage?: string } } };
  status?: { phase?: string };
}

interface Volume {
  metadata: { name: string; annotations?: Record<string, string> };
  spec: { persistentVolumeReclaimPolicy?: string };
  status?: { phase?: string };
}

const volumeFor = (claim: Claim, volumesDir: string) => {
  const name = `pvc-${claim.metadata.uid}`;
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, annotations: { [PROVISIONED_BY]: PROVISIONER } },
    spec: {
      storageClassName: STORAGE_CLASS,
      capacity: { storage: claim.spec.resources?.requests?.storage ?? '1Gi' },
      accessModes: claim.spec.accessModes ?? ['ReadWriteOnce'],
      volumeMode: claim.spec.volumeMode ?? 'Filesystem',
      persistentVolumeReclaimPolicy: 'Delete',
      claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid },
      hostPath: { path: join(volumesDir, name), type: 'DirectoryOrCreate' },
    },
  };
};

/** One pass: a volume for each unbound claim of class standard, and away with released volumes of ours. */
const reconcile = async (client: KubeClient, volumesDir: string, log: (line: string) => void) => {
  const claims = expectOk(await client.request<{ items: Claim[] }>('GET', '/api/v1/persistentvolumeclaims'), 'listing claims').items;
  for (const claim of claims) {
    if (claim.status?.phase !== 'Pending' || claim.spec.volumeName || claim.spec.storageClassName !== STORAGE_CLASS) continue;
    const volume = volumeFor(claim, volumesDir);
    const response = await client.request('POST', '/api/v1/persistentvolumes', volume);
    expectOk(response, `creating ${volume.metadata.name}`, [409]);
    if (response.status !== 409) log(`provisioner: created ${volume.metadata.name} for ${claim.metadata.namespace}/${claim.metadata.name}`);
  }
  const volumes = expectOk(await client.request<{ items: Volume[] }>('GET', '/api/v1/persistentvolumes'), 'listing volumes').items;
  for (const volume of volumes) {
    if (volume.metadata.annotations?.[PROVISIONED_BY] !== PROVISIONER || volume.status?.phase !== 'Released') continue;
    if (volume.spec.persistentVolumeReclaimPolicy !== 'Delete') continue;
    expectOk(await client.request('DELETE', `/api/v1/persistentvolumes/${volume.metadata.name}`), `deleting ${volume.metadata.name}`, [404]);
    log(`provisioner: deleted released ${volume.metadata.name}`);
  }
};

/** Polls twice a second (a watch would be faster but needs reconnect logic); returns a stop function. */
export const startProvisioner = (client: KubeClient, volumesDir: string, log: (line: string) => void): (() => Promise<void>) => {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        await reconcile(client, volumesDir, log);
      } catch (error) {
        if (!stopped) log(`provisioner: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
};
