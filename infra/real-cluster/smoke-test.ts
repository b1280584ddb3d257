/**
 * End-to-end check of the real cluster (`npx tsx infra/real-cluster/smoke-test.ts`, after cluster:build):
 * nodes Ready, a Deployment with a claim Running and Ready on kwok nodes, the failing image stuck in
 * ImagePullBackOff, namespace deletion finishing, and no control-plane process left after stop().
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startRealCluster } from './start-real-cluster';

const t0 = Date.now();
const cluster = await startRealCluster({ log: (line) => console.log(`  ${line}`) });
console.log(`started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const kubectl = (...args: string[]) =>
  execFileSync(join(cluster.binDir, 'kubectl'), ['--kubeconfig', cluster.kubeconfigPath, ...args], { encoding: 'utf8', input: '' });
const kubectlApply = (manifest: unknown) =>
  execFileSync(join(cluster.binDir, 'kubectl'), ['--kubeconfig', cluster.kubeconfigPath, 'apply', '-f', '-'], { encoding: 'utf8', input: JSON.stringify(manifest) });
const json = <T>(...args: string[]) => JSON.parse(kubectl(...args, '-o', 'json')) as T;

const eventually = async <T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

interface Pod {
  metadata: { name: string; resourceVersion: string };
  spec: { nodeName?: string };
  status: { phase: string; conditions?: { type: string; status: string }[]; containerStatuses?: { state: { waiting?: { reason: string } } }[] };
}
const ready = (pod: Pod) => pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

try {
  console.log(kubectl('get', 'nodes', '-o', 'wide'));
  const nodes = json<{ items: Pod[] }>('get', 'nodes').items;
  if (nodes.length !== 3 || !nodes.every(ready)) throw new Error('expected 3 Ready nodes');
  // kwok renews every node's Lease as a kubelet does (every 10 s): without it the node controller finds the
  // nodes NotReady 50 s after their last status and marks every pod on them not Ready.
  const renewTime = () => json<{ spec: { renewTime?: string } }>('get', 'lease', '-n', 'kube-node-lease', 'kwok-node-1').spec.renewTime;
  const firstRenewal = await eventually('kwok-node-1 to hold a Lease', () => renewTime());
  await eventually('kwok-node-1 to renew its Lease', () => (renewTime() !== firstRenewal ? true : undefined), 30_000);

  const ns = 'smoke';
  const t1 = Date.now();
  kubectlApply({
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
      {
        apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: ns },
        spec: { storageClassName: 'standard', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
      {
        apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: ns },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: {
              containers: [{ name: 'nginx', image: 'nginx:1', volumeMounts: [{ name: 'data', mountPath: '/data' }] }],
              volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }],
            },
          },
        },
      },
    ],
  });
  const pods = await eventually('2 web pods Running and Ready', () => {
    const items = json<{ items: Pod[] }>('get', 'pods', '-n', ns, '-l', 'app=web').items;
    return items.length === 2 && items.every((p) => p.status.phase === 'Running' && ready(p) && p.spec.nodeName?.startsWith('kwok-node-')) ? items : undefined;
  });
  console.log(`web pods Running+Ready in ${((Date.now() - t1) / 1000).toFixed(1)} s on ${pods.map((p) => p.spec.nodeName).join(', ')}`);
  console.log(kubectl('get', 'pvc,pv', '-n', ns));

  kubectl('run', 'broken', '-n', ns, '--image=registry.invalid/failing:1', '--restart=Never');
  const broken = await eventually('broken pod in ImagePullBackOff', () => {
    const pod = json<Pod>('get', 'pod', 'broken', '-n', ns);
    return pod.status.containerStatuses?.[0]?.state.waiting?.reason === 'ImagePullBackOff' ? pod : undefined;
  });
  if (ready(broken) || !broken.spec.nodeName) throw new Error('broken pod should be scheduled and not Ready');
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const again = json<Pod>('get', 'pod', 'broken', '-n', ns);
  if (again.metadata.resourceVersion !== broken.metadata.resourceVersion) throw new Error('kwok keeps rewriting the broken pod');
  console.log(kubectl('get', 'pods', '-n', ns, '-o', 'wide'));

  const t2 = Date.now();
  kubectl('delete', 'namespace', ns, '--wait=true', '--timeout=90s');
  const gone = spawnSync(join(cluster.binDir, 'kubectl'), ['--kubeconfig', cluster.kubeconfigPath, 'get', 'namespace', ns], { encoding: 'utf8' });
  if (!gone.stderr.includes('NotFound')) throw new Error(`namespace still there: ${gone.stdout}${gone.stderr}`);
  console.log(`namespace deleted and finalized in ${((Date.now() - t2) / 1000).toFixed(1)} s`);
  await eventually('released volume deleted', () => (json<{ items: unknown[] }>('get', 'pv').items.length === 0 ? true : undefined));
} finally {
  const t3 = Date.now();
  await cluster.stop();
  console.log(`stopped in ${((Date.now() - t3) / 1000).toFixed(1)} s`);
}

const leftovers = spawnSync('pgrep', ['-a', '-f', '(^|/)(etcd|kube-apiserver|kube-controller-manager|kube-scheduler|kwok)( |$)'], { encoding: 'utf8' }).stdout;
if (leftovers.trim()) throw new Error(`processes left behind:\n${leftovers}`);
console.log('smoke test passed; no control-plane process left');
