/**
 * `npm run cluster:build` (or ensureRealClusterBuilt() from a test setup): builds the real cluster's
 * binaries from the pinned upstream Go source (no binary downloads) into the version-keyed cache dir.
 * Quick no-op when every binary is already there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDirectoryLock } from '../local/directory-lock';
import { binaryPaths, binDir, cacheDir, components, versions, type Component } from './versions';
import { runGoBuild } from '../local/go-build';

const goModulesDir = join(dirname(fileURLToPath(import.meta.url)), 'go');
const minimumGo = [1, 26] as const;

/** `-X` flags so `--version` reports the real version instead of v0.0.0 (what upstream's Makefiles set). */
const ldflags: Record<Component, string[]> = {
  kubernetes: ['k8s.io/component-base/version', 'k8s.io/client-go/pkg/version'].flatMap((pkg) => {
    const [major, minor] = versions.kubernetes.slice(1).split('.');
    return [`-X ${pkg}.gitVersion=${versions.kubernetes}`, `-X ${pkg}.gitMajor=${major}`, `-X ${pkg}.gitMinor=${minor}`, `-X ${pkg}.gitTreeState=clean`];
  }),
  etcd: [], // etcd's version is a constant in go.etcd.io/etcd/api/v3/version
  kwok: [`-X sigs.k8s.io/kwok/pkg/consts.Version=${versions.kwok}`],
};

/** Go package of each binary; all binaries of a component come from one `go build`, sharing its work. */
const packages: Record<string, string> = {
  'kube-apiserver': 'k8s.io/kubernetes/cmd/kube-apiserver',
  'kube-controller-manager': 'k8s.io/kubernetes/cmd/kube-controller-manager',
  'kube-scheduler': 'k8s.io/kubernetes/cmd/kube-scheduler',
  kubectl: 'k8s.io/kubernetes/cmd/kubectl',
  etcd: 'go.etcd.io/etcd/server/v3', // the main package is the module root; go would name it "server"
  kwok: 'sigs.k8s.io/kwok/cmd/kwok',
};

const checkGo = () => {
  const result = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } });
  const match = /^go(\d+)\.(\d+)/.exec(result.error ? '' : result.stdout.trim());
  const [major, minor] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (major < minimumGo[0] || (major === minimumGo[0] && minor < minimumGo[1])) {
    throw new Error(`cluster:build needs the Go toolchain (go ${minimumGo.join('.')}+) on PATH${match ? `; found ${match[0]}` : ''}`);
  }
};

/** Runs one `go build` into `outDir`, keeping its combined output for the failure message. */
const goBuild = (component: Component, outDir: string): Promise<{ code: number; output: string }> => {
  const binaries = components[component];
  // With one package `-o` names the file; with several it is a directory and binaries take the package name.
  const out = binaries.length === 1 ? join(outDir, binaries[0]) : `${outDir}/`;
  return runGoBuild(join(goModulesDir, component), { ldflags: ldflags[component], out, packages: binaries.map((name) => packages[name]!) });
};

/** The module each go.mod requires; its version must be the one in versions.ts, which names the cache dir. */
const requiredModule: Record<Component, string> = { kubernetes: 'k8s.io/kubernetes', etcd: 'go.etcd.io/etcd/server/v3', kwok: 'sigs.k8s.io/kwok' };

const checkGoModMatchesVersions = (component: Component) => {
  const goMod = readFileSync(join(goModulesDir, component, 'go.mod'), 'utf8');
  const wanted = `${requiredModule[component]} ${versions[component]}`;
  if (!goMod.includes(wanted)) throw new Error(`infra/real-cluster/go/${component}/go.mod does not require ${wanted} (versions.ts); update one of them`);
  // Staging modules are versioned v0.<minor>.<patch> alongside Kubernetes v1.<minor>.<patch>.
  const staging = `v0.${versions.kubernetes.slice(3)}`;
  if (component === 'kubernetes' && /=> k8s\.io\/\S+ v0\.\d+\.\d+/.test(goMod.replaceAll(staging, ''))) {
    throw new Error(`infra/real-cluster/go/kubernetes/go.mod has a staging replace other than ${staging}`);
  }
};

const diskUsage = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + diskUsage(join(path, name)), 0);
};

const seconds = (since: number) => Math.round((Date.now() - since) / 1000);

export interface BuildResult {
  binDir: string;
  /** Components built by this call; empty when the cache already had them all. */
  built: Component[];
}

/** Builds whatever the cache lacks; throws one message naming the failed component and go's last lines. */
export const ensureRealClusterBuilt = async (options: { log?: (line: string) => void } = {}): Promise<BuildResult> => {
  const log = options.log ?? (() => {});
  const missingNow = () => (Object.keys(components) as Component[]).filter((c) => components[c].some((name) => !existsSync(binaryPaths()[name])));
  if (missingNow().length === 0) {
    log(`real cluster binaries are built: ${binDir()}`);
    return { binDir: binDir(), built: [] };
  }
  checkGo();
  return withDirectoryLock(cacheDir(), '.build.lock', log, () => buildMissing(log));
};

const buildMissing = async (log: (line: string) => void): Promise<BuildResult> => {
  const dir = cacheDir();
  const paths = binaryPaths();
  const missing = (Object.keys(components) as Component[]).filter((c) => components[c].some((name) => !existsSync(paths[name])));
  if (missing.length === 0) {
    log(`real cluster binaries are built: ${binDir()}`);
    return { binDir: binDir(), built: [] };
  }
  missing.forEach(checkGoModMatchesVersions);
  mkdirSync(binDir(), { recursive: true });
  // Leftovers of an interrupted build: never taken as done since binaries only reach bin/ by rename.
  for (const name of readdirSync(dir)) if (name.startsWith('.tmp-')) rmSync(join(dir, name), { recursive: true, force: true });

  const started = Date.now();
  for (const component of missing) {
    const componentStarted = Date.now();
    const tmp = join(dir, `.tmp-${component}-${process.pid}`);
    mkdirSync(tmp, { recursive: true });
    log(`building ${component} ${versions[component]} (${components[component].join(', ')}) from source…`);
    const heartbeat = setInterval(() => log(`  still building ${component} (${seconds(componentStarted)} s)`), 60_000);
    const { code, output } = await goBuild(component, tmp).finally(() => clearInterval(heartbeat));
    if (code !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      const tail = output.trimEnd().split('\n').slice(-30).join('\n');
      throw new Error(`cluster:build failed building ${component} (go build exited ${code}); last lines of go's output:\n${tail}`);
    }
    for (const name of components[component]) renameSync(join(tmp, name), paths[name]);
    rmSync(tmp, { recursive: true, force: true });
    log(`built ${component} in ${seconds(componentStarted)} s`);
  }
  const mb = Math.round(diskUsage(dir) / 2 ** 20);
  log(`real cluster binaries built in ${seconds(started)} s: ${binDir()} (${mb} MB)`);
  return { binDir: binDir(), built: missing };
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await ensureRealClusterBuilt({ log: (line) => console.log(line) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
