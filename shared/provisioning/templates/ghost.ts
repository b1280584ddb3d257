import { appDeployment, appService } from './app-workload';
import { databaseObjects, databasePort, databaseSecretData, databaseSecretKeys, mysql8 } from './database';
import { instanceIngress } from './ingress';
import type { InstanceContext } from './instance-context';
import type { GhostCredentials } from './instance-credentials';
import { instanceSecret, secretEnv } from './instance-secret';
import { hardenedPodSpec } from './pod-security';
import { httpCheck, probes, tcpCheck } from './probes';
import type { InstanceObject } from './render-input';
import { containerResources, splitPlan } from './resources-from-plan';
import { volumeClaim } from './volume-claim';

const port = 2368;

/**
 * Ghost with MySQL 8 in the same namespace: Ghost 5 supports only MySQL 8 in production (SQLite is for
 * development, and its docs warn it is not fit for a live site). MySQL takes half the memory: with the
 * performance schema off and a small buffer pool it runs in 256 MiB, the smallest plan's half.
 */
const databaseShare = { cpu: 0.4, memory: 0.5, storage: 0.3 };

/** Ghost exits when the database is unreachable at boot; waiting for it avoids a crash-loop backoff. */
const waitForDatabase = (host: string) =>
  `const net = require('node:net'); const until = Date.now() + 600000;
(function attempt() {
  const socket = net.connect(${databasePort}, '${host}');
  socket.on('connect', () => { socket.end(); process.exit(0); });
  socket.on('error', () => { socket.destroy(); if (Date.now() > until) process.exit(1); setTimeout(attempt, 2000); });
})();`;

export const renderGhost = (ctx: InstanceContext, credentials: GhostCredentials): InstanceObject[] => {
  const { names, host } = ctx;
  const { app, database } = splitPlan(ctx.limits, databaseShare);
  const db = databaseObjects(ctx, { flavour: mysql8, database: 'ghost', share: database! });
  const { image } = ctx;
  const resources = containerResources(app);
  // Ghost redirects plain HTTP to its https URL; probes say they came through the TLS-terminating proxy.
  const viaProxy = { 'X-Forwarded-Proto': 'https', Host: host };
  const podSpec = hardenedPodSpec({
    runAs: { user: 1000, group: 1000 }, // the image's `node` user
    initContainers: [
      { name: 'wait-for-database', image, command: ['node', '-e', waitForDatabase(names.database)], resources },
    ],
    containers: [
      {
        name: 'ghost',
        image,
        env: [
          { name: 'url', value: `https://${host}` },
          { name: 'database__client', value: 'mysql' },
          { name: 'database__connection__host', value: names.database },
          { name: 'database__connection__port', value: String(databasePort) },
          { name: 'database__connection__user', value: 'ghost' },
          secretEnv(ctx, 'database__connection__password', databaseSecretKeys.password),
          { name: 'database__connection__database', value: 'ghost' },
        ],
        ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }],
        resources,
        volumeMounts: [{ name: 'content', mountPath: '/var/lib/ghost/content' }],
        // Readiness needs the database (the site endpoint reads settings); liveness only the process.
        ...probes({ ready: httpCheck('/ghost/api/admin/site/', 'http', viaProxy), live: tcpCheck('http') }),
      },
    ],
    volumes: [{ name: 'content', persistentVolumeClaim: { claimName: names.data } }],
  });

  return [
    instanceSecret(ctx, databaseSecretData(credentials)),
    volumeClaim(ctx, { name: names.data, component: 'app', storageGiB: app.storageGiB }),
    db.volumeClaim,
    db.networkPolicy,
    db.statefulSet,
    appDeployment(ctx, podSpec),
    db.service,
    appService(ctx),
    instanceIngress(ctx, { maxBodySize: '50m' }),
  ];
};
