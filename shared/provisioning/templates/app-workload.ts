import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IService } from 'kubernetes-models/v1/Service';
import type { InstanceContext } from './instance-context';

/**
 * The app's Deployment: one replica, replaced with Recreate, because its ReadWriteOnce volume attaches to one
 * node at a time and the quota (the plan) has no room for a second pod during a rolling update.
 */
export const appDeployment = (ctx: InstanceContext, podSpec: IPodSpec): IDeployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: ctx.metadata(ctx.names.base, 'app'),
  spec: {
    replicas: 1,
    revisionHistoryLimit: 3,
    strategy: { type: 'Recreate' },
    selector: { matchLabels: ctx.selector('app') },
    template: { metadata: { labels: ctx.labels('app') }, spec: podSpec },
  },
});

/** The Service the Ingress routes to, on port 80, named `http` so the Ingress needs no number. */
export const appService = (ctx: InstanceContext): IService => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: ctx.metadata(ctx.names.base, 'app'),
  spec: {
    type: 'ClusterIP',
    selector: ctx.selector('app'),
    ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }],
  },
});
