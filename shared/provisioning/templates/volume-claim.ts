import type { IPersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { InstanceComponent } from '../tenant/labels';
import type { InstanceContext } from './instance-context';

/** A ReadWriteOnce volume (EBS) of whole GiB; the namespace quota counts its request. */
export const volumeClaim = (
  ctx: InstanceContext,
  { name, component, nameLabel, storageGiB }: { name: string; component: InstanceComponent; nameLabel?: string; storageGiB: number },
): IPersistentVolumeClaim => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: ctx.metadata(name, component, nameLabel),
  spec: {
    accessModes: ['ReadWriteOnce'],
    ...(ctx.storageClassName && { storageClassName: ctx.storageClassName }),
    resources: { requests: { storage: `${storageGiB}Gi` } },
  },
});
