import { appDeployment, appService } from './app-workload';
import { databaseObjects, databasePort, databaseSecretData, databaseSecretKeys, mariadb11 } from './database';
import { instanceIngress } from './ingress';
import type { InstanceContext } from './instance-context';
import { wordpressKeyNames, type WordpressCredentials, type WordpressKeyName } from './instance-credentials';
import { instanceSecret, secretEnv } from './instance-secret';
import { hardenedPodSpec } from './pod-security';
import { httpCheck, probes, tcpCheck } from './probes';
import type { InstanceObject } from './render-input';
import { containerResources, splitPlan } from './resources-from-plan';
import { volumeClaim } from './volume-claim';

/**
 * WordPress with MariaDB in the same namespace. Core WordPress needs MySQL or MariaDB (SQLite is a feature
 * plugin, and many plugins issue MySQL-only SQL); MariaDB is what the catalog sells and the lighter of the two
 * on a small plan. The database takes 40% of CPU and memory, 30% of the storage; uploads get the rest.
 */
const databaseShare = { cpu: 0.4, memory: 0.4, storage: 0.3 };

/** `authKey` → the image's `WORDPRESS_AUTH_KEY`; the Secret key is `auth-key`. */
const envName = (key: WordpressKeyName) => `WORDPRESS_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
const secretKey = (key: WordpressKeyName) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const renderWordpress = (ctx: InstanceContext, credentials: WordpressCredentials): InstanceObject[] => {
  const { names, host } = ctx;
  const { app, database } = splitPlan(ctx.limits, databaseShare);
  const db = databaseObjects(ctx, { flavour: mariadb11, database: 'wordpress', share: database! });
  const url = `https://${host}`;
  const viaProxy = { 'X-Forwarded-Proto': 'https', Host: host };
  const podSpec = hardenedPodSpec({
    runAs: { user: 33, group: 33 }, // the image's `www-data`
    // Apache listens on port 80 without root or NET_BIND_SERVICE: a namespaced, Pod Security-"safe" sysctl.
    sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
    containers: [
      {
        name: 'wordpress',
        image: ctx.image,
        env: [
          { name: 'WORDPRESS_DB_HOST', value: `${names.database}:${databasePort}` },
          { name: 'WORDPRESS_DB_NAME', value: 'wordpress' },
          { name: 'WORDPRESS_DB_USER', value: 'wordpress' },
          secretEnv(ctx, 'WORDPRESS_DB_PASSWORD', databaseSecretKeys.password),
          ...wordpressKeyNames.map((key) => secretEnv(ctx, envName(key), secretKey(key))),
          // The image already honours X-Forwarded-Proto; the fixed URL stops Host-header games.
          { name: 'WORDPRESS_CONFIG_EXTRA', value: `define('WP_HOME', '${url}');\ndefine('WP_SITEURL', '${url}');` },
        ],
        ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
        resources: containerResources(app),
        // Only wp-content is state. Core comes from the image at every start, so the image tag (the catalog
        // version) is the WordPress version; the entrypoint leaves existing themes and plugins alone.
        volumeMounts: [{ name: 'content', mountPath: '/var/www/html/wp-content' }],
        // install.php answers 200 before and after installation, and 500 without the database.
        ...probes({ ready: httpCheck('/wp-admin/install.php', 'http', viaProxy), live: tcpCheck('http') }),
      },
    ],
    volumes: [{ name: 'content', persistentVolumeClaim: { claimName: names.data } }],
  });

  return [
    instanceSecret(ctx, {
      ...databaseSecretData(credentials),
      ...Object.fromEntries(wordpressKeyNames.map((key) => [secretKey(key), credentials.keys[key]])),
    }),
    volumeClaim(ctx, { name: names.data, component: 'app', storageGiB: app.storageGiB }),
    db.volumeClaim,
    db.networkPolicy,
    db.statefulSet,
    appDeployment(ctx, podSpec),
    db.service,
    appService(ctx),
    instanceIngress(ctx, { maxBodySize: '64m' }),
  ];
};
