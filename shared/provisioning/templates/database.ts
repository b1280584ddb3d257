import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IPersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { IService } from 'kubernetes-models/v1/Service';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { PlanLimits } from '../tenant/resource-quota';
import type { InstanceContext } from './instance-context';
import type { DatabaseCredentials } from './instance-credentials';
import { secretEnv } from './instance-secret';
import { hardenedPodSpec } from './pod-security';
import { execCheck, probes } from './probes';
import { containerResources } from './resources-from-plan';
import { volumeClaim } from './volume-claim';

/**
 * A MySQL-protocol database in the customer's namespace, one per instance: a single-replica StatefulSet (at
 * most one pod ever writes the volume) on its own volume, reachable only from its instance's app pods.
 */
export interface DatabaseFlavour {
  name: 'mysql' | 'mariadb';
  /** Pinned to a patch release; a change is a deliberate upgrade. */
  image: string;
  /** The image's variables are `MYSQL_*` or `MARIADB_*`. */
  envPrefix: 'MYSQL' | 'MARIADB';
  /**
   * Succeeds once the server accepts TCP connections: the first-boot initialisation runs without networking,
   * and `ping` exits 0 even when the (anonymous) login is refused, so no credential is needed.
   */
  ping: string[];
  args: string[];
  env: IEnvVar[];
}

/** MySQL 8.0 (Ghost 5's only production database). Binary logs off: no replica reads them and they fill the disk. */
export const mysql8: DatabaseFlavour = {
  name: 'mysql',
  image: 'mysql:8.0.40',
  envPrefix: 'MYSQL',
  ping: ['mysqladmin', 'ping', '--host=127.0.0.1', '--silent'],
  args: ['--disable-log-bin', '--performance-schema=OFF'],
  env: [],
};

/** MariaDB 11.4 LTS, upgrading its data files itself when the image is bumped. */
export const mariadb11: DatabaseFlavour = {
  name: 'mariadb',
  image: 'mariadb:11.4.3',
  envPrefix: 'MARIADB',
  ping: ['mariadb-admin', 'ping', '--host=127.0.0.1', '--silent'],
  args: [],
  env: [{ name: 'MARIADB_AUTO_UPGRADE', value: '1' }],
};

export const databasePort = 3306;

export const databaseSecretKeys = { password: 'database-password', rootPassword: 'database-root-password' } as const;

export const databaseSecretData = (credentials: DatabaseCredentials): Record<string, string> => ({
  [databaseSecretKeys.password]: credentials.databasePassword,
  [databaseSecretKeys.rootPassword]: credentials.databaseRootPassword,
});

/** The official images run as `mysql`, uid and gid 999. */
const runAs = { user: 999, group: 999 };

export interface DatabaseInput {
  flavour: DatabaseFlavour;
  /** The database and its user, both named after the app. */
  database: string;
  share: PlanLimits;
}

export interface DatabaseObjects {
  volumeClaim: IPersistentVolumeClaim;
  networkPolicy: INetworkPolicy;
  statefulSet: IStatefulSet;
  service: IService;
}

export const databaseObjects = (ctx: InstanceContext, { flavour, database, share }: DatabaseInput): DatabaseObjects => {
  const { names } = ctx;
  const p = flavour.envPrefix;
  // A quarter of the memory for the buffer pool leaves room for connections and the server itself.
  const bufferPoolMiB = Math.max(16, Math.floor(share.memoryMiB / 4));
  const podSpec = hardenedPodSpec({
    runAs,
    terminationGracePeriodSeconds: 60,
    containers: [
      {
        name: flavour.name,
        image: flavour.image,
        args: [...flavour.args, `--innodb-buffer-pool-size=${bufferPoolMiB}M`, '--max-connections=50', '--skip-name-resolve'],
        env: [
          { name: `${p}_DATABASE`, value: database },
          { name: `${p}_USER`, value: database },
          secretEnv(ctx, `${p}_PASSWORD`, databaseSecretKeys.password),
          secretEnv(ctx, `${p}_ROOT_PASSWORD`, databaseSecretKeys.rootPassword),
          ...flavour.env,
        ],
        ports: [{ name: 'mysql', containerPort: databasePort, protocol: 'TCP' }],
        resources: containerResources(share),
        // A sub-directory, because a fresh ext4 volume holds lost+found and MySQL refuses to initialise a
        // non-empty data directory.
        volumeMounts: [{ name: 'data', mountPath: '/var/lib/mysql', subPath: 'data' }],
        ...probes({ ready: execCheck(flavour.ping), live: execCheck(flavour.ping) }),
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: { claimName: names.databaseData } }],
  });

  return {
    volumeClaim: volumeClaim(ctx, { name: names.databaseData, component: 'database', nameLabel: flavour.name, storageGiB: share.storageGiB }),
    networkPolicy: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: ctx.metadata(names.internalTraffic, 'database', flavour.name),
      // Added to the namespace's default deny: this instance's app may reach this instance's database.
      spec: {
        podSelector: { matchLabels: ctx.selector() },
        policyTypes: ['Ingress', 'Egress'],
        // The app, and the platform's backup and restore Jobs of this instance (a dump, a reload).
        ingress: [
          {
            from: [{ podSelector: { matchLabels: ctx.selector('app') } }, { podSelector: { matchLabels: ctx.selector('backup') } }],
            ports: [{ protocol: 'TCP', port: databasePort }],
          },
        ],
        egress: [{ to: [{ podSelector: { matchLabels: ctx.selector('database') } }], ports: [{ protocol: 'TCP', port: databasePort }] }],
      },
    },
    statefulSet: {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: ctx.metadata(names.database, 'database', flavour.name),
      spec: {
        replicas: 1,
        serviceName: names.database,
        revisionHistoryLimit: 3,
        selector: { matchLabels: ctx.selector('database') },
        template: { metadata: { labels: ctx.labels('database', flavour.name) }, spec: podSpec },
      },
    },
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: ctx.metadata(names.database, 'database', flavour.name),
      // Headless: the StatefulSet's governing Service; the app resolves it straight to the one pod.
      spec: {
        clusterIP: 'None',
        selector: ctx.selector('database'),
        ports: [{ name: 'mysql', port: databasePort, targetPort: 'mysql', protocol: 'TCP' }],
      },
    },
  };
};
