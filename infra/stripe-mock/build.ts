/**
 * `npm run stripe-mock:build` (or ensureStripeMockBuilt() from a test setup): builds stripe-mock from its
 * pinned upstream Go module (./go, no binary download) into the version-keyed cache dir, as
 * infra/real-cluster/build.ts builds the control plane. A quick no-op when the binary is already there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDirectoryLock } from '../local/directory-lock';
import { stripeMockBinary, stripeMockCacheDir, stripeMockModule, stripeMockVersion } from './versions';
import { runGoBuild } from '../local/go-build';

const goModuleDir = join(dirname(fileURLToPath(import.meta.url)), 'go');
const minimumGo = [1, 26] as const;

const checkGo = () => {
  const result = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } });
  const match = /^go(\d+)\.(\d+)/.exec(result.error ? '' : result.stdout.trim());
  const [major, minor] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (major < minimumGo[0] || (major === minimumGo[0] && minor < minimumGo[1])) {
    throw new Error(`stripe-mock:build needs the Go toolchain (go ${minimumGo.join('.')}+) on PATH${match ? `; found ${match[0]}` : ''}`);
  }
};

const checkGoModMatchesVersion = () => {
  const wanted = `${stripeMockModule} ${stripeMockVersion}`;
  if (!readFileSync(join(goModuleDir, 'go.mod'), 'utf8').includes(wanted)) {
    throw new Error(`infra/stripe-mock/go/go.mod does not require ${wanted} (versions.ts); update one of them`);
  }
};

const goBuild = (out: string) => runGoBuild(goModuleDir, { out, packages: [stripeMockModule] });

/** Whether the binary is in the cache (npm start uses stripe-mock only then). */
export const isStripeMockBuilt = (env: NodeJS.ProcessEnv = process.env): boolean => existsSync(stripeMockBinary(env));

/** Builds stripe-mock when the cache lacks it; throws with go's last lines when the build fails. Answers the binary's path. */
export const ensureStripeMockBuilt = async (options: { log?: (line: string) => void } = {}): Promise<string> => {
  const log = options.log ?? (() => {});
  const binary = stripeMockBinary();
  if (existsSync(binary)) {
    log(`stripe-mock ${stripeMockVersion} is built: ${binary}`);
    return binary;
  }
  checkGo();
  return withDirectoryLock(stripeMockCacheDir(), '.build.lock', log, async () => {
    if (existsSync(binary)) return binary;
    checkGoModMatchesVersion();
    const started = Date.now();
    mkdirSync(dirname(binary), { recursive: true });
    // Only a finished build reaches bin/, by rename: an interrupted one is never taken as done.
    const tmp = join(stripeMockCacheDir(), `.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    log(`building stripe-mock ${stripeMockVersion} from source…`);
    const { code, output } = await goBuild(join(tmp, 'stripe-mock'));
    if (code !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`stripe-mock:build failed (go build exited ${code}); last lines of go's output:\n${output.trimEnd().split('\n').slice(-30).join('\n')}`);
    }
    renameSync(join(tmp, 'stripe-mock'), binary);
    rmSync(tmp, { recursive: true, force: true });
    log(`built stripe-mock ${stripeMockVersion} in ${Math.round((Date.now() - started) / 1000)} s: ${binary}`);
    return binary;
  });
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await ensureStripeMockBuilt({ log: (line) => console.log(line) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
