/**
 * A real Kubernetes control plane on loopback, built from upstream source by `npm run cluster:build`:
 * etcd, kube-apiserver, kube-controller-manager and kube-scheduler, with kwok playing kubelet on fake
 * nodes (pods are scheduled and reported Running, nothing runs). `npm run cluster:start` runs it until
 * Ctrl-C; tests call startRealCluster().
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../local/free-port';
import { expectOk, kubeClient, type KubeClient } from './lib/kube-client';
import { writeKubeconfig } from './lib/kubeconfig';
import { etcdHealthy, httpsHealthy } from './lib/health';
import { createFakeNodes, KWOK_NODE_ANNOTATION, nodesReady } from './lib/nodes';
import { reapOrphans } from './lib/orphans';
import { makePki } from './lib/pki';
import { startComponent, waitUntilReady, type Component } from './lib/process';
import { writeContainerLog, writeStagesConfig } from './lib/stages';
import { createDefaultStorageClass, startProvisioner } from './lib/storage';
import { binaryPaths, binDir as cachedBinDir } from './versions';

export interface RealClusterOptions {
  /** Fake (kwok) nodes to create, named kwok-node-1..N. Default 3. */
  nodes?: number;
  /** Where PKI, etcd data and logs/<component>.log go. Default: a fresh temp dir, removed by stop(). */
  dataDir?: string;
  /** Pods using this image are reported ImagePullBackOff and never Ready. Default registry.invalid/failing:1. */
  failingImage?: string;
  /** Pods using this image start, then crash-loop (CrashLoopBackOff, restarts, an Error exit). Default registry.invalid/crashing:1. */
  crashingImage?: string;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
  /** Keep the default temp data dir after stop() (a dataDir you pass is never removed). */
  keepDataDir?: boolean;
  /**
   * More users, each with a token in its groups and a kubeconfig of its own (RealCluster.userKubeconfigs):
   * what an EKS access entry does for an IAM role, so a test can act with exactly the rights RBAC gives a group.
   */
  users?: { name: string; groups: string[] }[];
  /**
   * Users whose every request the API server writes to `<dataDir>/audit.log` (Metadata level, one JSON line
   * each; RealCluster.auditLogPath): how the bench counts what the platform asks of the cluster.
   */
  auditUsers?: string[];
}

export interface RealCluster {
  kubeconfigPath: string;
  /** https://127.0.0.1:<port> */
  server: string;
  /** Bearer token of user `admin`, group system:masters. */
  adminToken: string;
  /** The fake nodes, Ready, by name. */
  nodes: string[];
  /** Where the API server logs the requests of `options.auditUsers` (undefined without them). */
  auditLogPath?: string;
  /** The kubeconfig of each of `options.users`, by name. */
  userKubeconfigs: Record<string, string>;
  caCertPath: string;
  binDir: string;
  dataDir: string;
  stop(): Promise<void>;
}

const SERVICE_CIDR = '10.96.0.0/16';
const FIRST_SERVICE_IP = '10.96.0.1'; // the `kubernetes` Service's ClusterIP, so in the serving cert
const SERVICE_ACCOUNT_ISSUER = 'https://kubernetes.default.svc.cluster.local';

/** One audit event per request of the given users (when the response is complete), none for anyone else. */
const writeAuditPolicy = (path: string, users: string[]) => {
  writeFileSync(
    path,
    JSON.stringify({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', omitStages: ['RequestReceived', 'ResponseStarted'], rules: [{ level: 'Metadata', users }, { level: 'None' }] }),
  );
  return path;
};

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

export const startRealCluster = async (options: RealClusterOptions = {}): Promise<RealCluster> => {
  const log = options.log ?? (() => {});
  const bin = binaryPaths();
  const missing = Object.values(bin).filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`real cluster binaries missing (${missing.join(', ')}): run \`npm run cluster:build\` first`);
  const reaped = reapOrphans(cachedBinDir());
  if (reaped > 0) log(`killed ${reaped} control-plane process group(s) left by a start whose owner died`);

  const ownsDataDir = options.dataDir === undefined;
  const dataDir = resolve(options.dataDir ?? mkdtempSync(join(tmpdir(), 'paas-real-cluster-')));
  const dir = (name: string) => {
    mkdirSync(join(dataDir, name), { recursive: true });
    return join(dataDir, name);
  };
  const logsDir = dir('logs');
  const started: Component[] = [];
  let client: KubeClient | undefined;
  let stopProvisioner: (() => Promise<void>) | undefined;

  // Reverse start order: kwok, scheduler, controller manager, apiserver, then etcd last so nobody loses it mid-write.
  const stopAll = async () => {
    await stopProvisioner?.();
    client?.close();
    for (const component of started.reverse()) await component.stop();
  };

  const t0 = Date.now();
  try {
    const pki = makePki(dir('pki'), FIRST_SERVICE_IP);
    const [etcdClientPort, etcdPeerPort, apiserverPort, controllerManagerPort, schedulerPort, kwokPort] = await Promise.all(
      Array.from({ length: 6 }, () => freePort()),
    );

    // Static tokens: admin for people, tests and kwok; the two controllers get the users the default RBAC
    // policy already grants their permissions to (what kubeadm gives them as client certificates).
    const tokens = { admin: randomBytes(24).toString('hex'), controllerManager: randomBytes(24).toString('hex'), scheduler: randomBytes(24).toString('hex') };
    const tokenFile = join(dataDir, 'pki', 'tokens.csv');
    const users = (options.users ?? []).map((user) => ({ ...user, token: randomBytes(24).toString('hex') }));
    writeFileSync(tokenFile, [
      `${tokens.admin},admin,admin,"system:masters"`,
      ...users.map((user) => `${user.token},${user.name},${user.name},"${user.groups.join(',')}"`),
      `${tokens.controllerManager},system:kube-controller-manager,system:kube-controller-manager`,
      `${tokens.scheduler},system:kube-scheduler,system:kube-scheduler`,
      '',
    ].join('\n'), { mode: 0o600 });

    const etcdUrl = `http://127.0.0.1:${etcdClientPort}`;
    const etcdPeerUrl = `http://127.0.0.1:${etcdPeerPort}`;
    const etcd = startComponent('etcd', bin.etcd, [
      '--name=default',
      `--data-dir=${dir('etcd')}`,
      `--listen-client-urls=${etcdUrl}`,
      `--advertise-client-urls=${etcdUrl}`,
      `--listen-peer-urls=${etcdPeerUrl}`,
      `--initial-advertise-peer-urls=${etcdPeerUrl}`,
      `--initial-cluster=default=${etcdPeerUrl}`,
      '--unsafe-no-fsync', // throwaway data: skip fsync, which dominates write latency on shared disks
      '--log-level=warn',
    ], logsDir);
    started.push(etcd);
    await waitUntilReady(etcd, () => etcdHealthy(etcdUrl), 30_000);
    log(`etcd ready (${elapsed(t0)})`);

    const auditLogPath = options.auditUsers?.length ? join(dataDir, 'audit.log') : undefined;
    const auditFlags = auditLogPath
      ? [`--audit-policy-file=${writeAuditPolicy(join(dataDir, 'pki', 'audit-policy.yaml'), options.auditUsers!)}`, `--audit-log-path=${auditLogPath}`, '--audit-log-mode=blocking']
      : [];
    const server = `https://127.0.0.1:${apiserverPort}`;
    const apiserver = startComponent('kube-apiserver', bin['kube-apiserver'], [
      `--etcd-servers=${etcdUrl}`,
      // Loopback only; --advertise-address too, or the apiserver looks for a default route's address.
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiserverPort}`,
      `--tls-cert-file=${pki.servingCert}`,
      `--tls-private-key-file=${pki.servingKey}`,
      `--client-ca-file=${pki.caCert}`,
      `--token-auth-file=${tokenFile}`,
      '--authorization-mode=Node,RBAC',
      // As on EKS: privileged pods are allowed by the API server, so what refuses them is Pod Security admission.
      '--allow-privileged=true',
      `--service-account-issuer=${SERVICE_ACCOUNT_ISSUER}`,
      `--service-account-key-file=${pki.serviceAccountPublicKey}`,
      `--service-account-signing-key-file=${pki.serviceAccountKey}`,
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      // pods/log goes to the node's kubelet: kwok's server, on loopback (the nodes' InternalIP, below). The
      // apiserver does not verify a kubelet's certificate without --kubelet-certificate-authority, as on kind.
      '--kubelet-preferred-address-types=InternalIP',
      ...auditFlags,
      // No real endpoint to publish for the `kubernetes` Service (and no lease churn) on a single loopback apiserver.
      '--endpoint-reconciler-type=none',
      // Admission: the defaults already include NamespaceLifecycle, LimitRanger, ServiceAccount,
      // DefaultStorageClass, ResourceQuota and PodSecurity, as on a managed cluster.
    ], logsDir);
    started.push(apiserver);
    client = kubeClient(server, tokens.admin, readFileSync(pki.caCert));
    const api = client;
    await waitUntilReady(apiserver, async () => (await api.request('GET', '/readyz')).status === 200, 90_000);
    log(`kube-apiserver ready at ${server} (${elapsed(t0)})`);

    const kubeconfigPath = writeKubeconfig(join(dataDir, 'admin.kubeconfig'), server, pki.caCert, 'admin', tokens.admin);
    const controllerManagerKubeconfig = writeKubeconfig(join(dataDir, 'pki', 'controller-manager.kubeconfig'), server, pki.caCert,
      'system:kube-controller-manager', tokens.controllerManager);
    const schedulerKubeconfig = writeKubeconfig(join(dataDir, 'pki', 'scheduler.kubeconfig'), server, pki.caCert, 'system:kube-scheduler', tokens.scheduler);
    await createDefaultStorageClass(api);

    // Both serve /healthz on a free loopback port instead of their fixed defaults (10257, 10259), so two
    // clusters can run side by side and nothing listens beyond 127.0.0.1.
    const delegated = (kubeconfig: string) => [`--kubeconfig=${kubeconfig}`, `--authentication-kubeconfig=${kubeconfig}`, `--authorization-kubeconfig=${kubeconfig}`];
    const controllerManager = startComponent('kube-controller-manager', bin['kube-controller-manager'], [
      ...delegated(controllerManagerKubeconfig),
      '--bind-address=127.0.0.1',
      `--secure-port=${controllerManagerPort}`,
      '--leader-elect=false',
      '--controllers=*',
      '--use-service-account-credentials', // each controller acts as its own service account, as in production
      `--service-account-private-key-file=${pki.serviceAccountKey}`,
      `--root-ca-file=${pki.caCert}`, // published into every namespace as kube-root-ca.crt
      `--cluster-signing-cert-file=${pki.caCert}`, // lets CertificateSigningRequests be signed
      `--cluster-signing-key-file=${pki.caKey}`,
    ], logsDir);
    started.push(controllerManager);
    const scheduler = startComponent('kube-scheduler', bin['kube-scheduler'], [
      ...delegated(schedulerKubeconfig),
      '--bind-address=127.0.0.1',
      `--secure-port=${schedulerPort}`,
      '--leader-elect=false',
    ], logsDir);
    started.push(scheduler);
    const kwok = startComponent('kwok', bin.kwok, [
      `--kubeconfig=${kubeconfigPath}`,
      `--config=${writeStagesConfig(join(dataDir, 'kwok-stages.yaml'), { failingImage: options.failingImage, crashingImage: options.crashingImage }, writeContainerLog(join(dataDir, 'container.log')))}`,
      // kwok plays the kubelet's server too: every node's InternalIP and kubelet port lead to it, so the API
      // server's pods/log reaches it and it answers with the container log above (its ClusterLogs).
      '--node-ip=127.0.0.1',
      `--node-port=${kwokPort}`,
      `--server-address=127.0.0.1:${kwokPort}`,
      `--tls-cert-file=${pki.servingCert}`,
      `--tls-private-key-file=${pki.servingKey}`,
      // Only nodes made for it: a node without the annotation would stay NotReady, as with no kubelet.
      '--manage-all-nodes=false',
      // Renew each node's Lease as a kubelet does (every quarter of 40 s). The binary's flag defaults to 0,
      // which turns kwok's lease controller off: the node-heartbeat stage then touches a node only every
      // 10 minutes, so the node controller found every node NotReady 50 s after its last touch, and at each
      // such flap marked every pod on it not Ready for good (kwok's pod-ready stage only acts on Pending
      // pods). Instances lost their readiness mid-rollout or just after one, at random.
      '--node-lease-duration-seconds=40',
      `--manage-nodes-with-annotation-selector=${KWOK_NODE_ANNOTATION}=fake`,
    ], logsDir);
    started.push(kwok);
    const nodeNames = await createFakeNodes(api, options.nodes ?? 3);
    // All three come up together; each wait fails fast, naming its component, if that process exits.
    await Promise.all([
      waitUntilReady(controllerManager, () => httpsHealthy(`https://127.0.0.1:${controllerManagerPort}/healthz`), 60_000),
      waitUntilReady(scheduler, () => httpsHealthy(`https://127.0.0.1:${schedulerPort}/healthz`), 60_000),
      waitUntilReady(kwok, () => nodesReady(api, nodeNames), 60_000),
    ]);
    log(`kube-controller-manager, kube-scheduler and ${nodeNames.length} kwok nodes ready (${elapsed(t0)})`);

    stopProvisioner = startProvisioner(api, dir('volumes'), log);
    await waitForDefaultServiceAccount(api, controllerManager);
    log(`cluster ready in ${elapsed(t0)}: kubeconfig ${kubeconfigPath}`);

    let stopping: Promise<void> | undefined;
    return {
      kubeconfigPath,
      server,
      adminToken: tokens.admin,
      nodes: nodeNames,
      auditLogPath,
      userKubeconfigs: Object.fromEntries(users.map((user) => [user.name, writeKubeconfig(join(dataDir, `${user.name}.kubeconfig`), server, pki.caCert, user.name, user.token)])),
      caCertPath: pki.caCert,
      binDir: cachedBinDir(),
      dataDir,
      stop: () =>
        (stopping ??= (async () => {
          await stopAll();
          if (ownsDataDir && !options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
        })()),
    };
  } catch (error) {
    await stopAll();
    // The data dir stays: the error names log files inside it.
    throw error;
  }
};

/**
 * Pods are refused until the namespace's `default` ServiceAccount exists; the controller manager makes it
 * within a second or two. Waiting here means a test's first Deployment does not race it in `default`.
 */
const waitForDefaultServiceAccount = (api: KubeClient, controllerManager: Component) =>
  waitUntilReady(controllerManager, async () => {
    const response = await api.request('GET', '/api/v1/namespaces/default/serviceaccounts/default');
    if (response.status === 404) return false;
    expectOk(response, 'reading the default ServiceAccount');
    return true;
  }, 30_000);

/** `npm run cluster:start [-- --nodes N --data-dir DIR --failing-image IMAGE --crashing-image IMAGE --keep-data]` */
const main = async () => {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  let cluster: RealCluster | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`\n${signal}: stopping the cluster…`);
    // Before the cluster is up, exiting is enough: the exit handler kills every started process group.
    await cluster?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    cluster = await startRealCluster({
      nodes: flag('nodes') ? Number(flag('nodes')) : undefined,
      dataDir: flag('data-dir'),
      failingImage: flag('failing-image'),
      crashingImage: flag('crashing-image'),
      keepDataDir: args.includes('--keep-data'),
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`\nkubeconfig: ${cluster.kubeconfigPath}`);
  console.log(`try:        ${join(cluster.binDir, 'kubectl')} --kubeconfig ${cluster.kubeconfigPath} get nodes`);
  console.log(`logs:       ${join(cluster.dataDir, 'logs')}${flag('data-dir') || args.includes('--keep-data') ? '' : ' (removed on exit; --keep-data keeps them)'}`);
  console.log('Ctrl-C stops it.');
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
