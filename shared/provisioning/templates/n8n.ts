import type { InstanceContext } from './instance-context';
import type { N8nCredentials } from './instance-credentials';
import { appDeployment, appService } from './app-workload';
import { instanceIngress } from './ingress';
import { instanceSecret, secretEnv } from './instance-secret';
import { hardenedPodSpec } from './pod-security';
import { httpCheck, probes } from './probes';
import type { InstanceObject } from './render-input';
import { containerResources, splitPlan } from './resources-from-plan';
import { volumeClaim } from './volume-claim';

const port = 5678;

/**
 * n8n on its default SQLite database in the data volume: one process, one writer, which is what a single
 * instance of these plans runs. (Postgres only pays off with queue mode and workers, which no plan sells.)
 */
export const renderN8n = (ctx: InstanceContext, credentials: N8nCredentials): InstanceObject[] => {
  const { names, host } = ctx;
  const { app } = splitPlan(ctx.limits);
  const podSpec = hardenedPodSpec({
    runAs: { user: 1000, group: 1000 }, // the image's `node` user
    containers: [
      {
        name: 'n8n',
        image: ctx.image,
        env: [
          { name: 'N8N_HOST', value: host },
          { name: 'N8N_PORT', value: String(port) },
          { name: 'N8N_PROTOCOL', value: 'https' },
          { name: 'WEBHOOK_URL', value: `https://${host}/` },
          // One proxy (the ingress controller) sits in front: trust its X-Forwarded-For, and no one else's.
          { name: 'N8N_PROXY_HOPS', value: '1' },
          secretEnv(ctx, 'N8N_ENCRYPTION_KEY', 'encryption-key'),
        ],
        ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }],
        resources: containerResources(app),
        volumeMounts: [{ name: 'data', mountPath: '/home/node/.n8n' }],
        ...probes({ ready: httpCheck('/healthz', 'http'), live: httpCheck('/healthz', 'http') }),
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: { claimName: names.data } }],
  });

  return [
    instanceSecret(ctx, { 'encryption-key': credentials.encryptionKey }),
    volumeClaim(ctx, { name: names.data, component: 'app', storageGiB: app.storageGiB }),
    appDeployment(ctx, podSpec),
    appService(ctx),
    instanceIngress(ctx, { maxBodySize: '16m' }),
  ];
};
