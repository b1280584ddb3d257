import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = new URL('../../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'paas-demo-commands-'));
const env = { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN' };

interface Running {
  child: ChildProcess;
  output: () => string;
}

const groups: number[] = [];
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

const run = (args: string[]): Running => {
  // Its own process group, as a terminal gives it, so Ctrl-C can reach npm, tsx and the platform together.
  const child = spawn('npm', args, { cwd: repo, detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.push(child.pid!);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
};

const until = async (running: Running, pattern: RegExp, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(running.output())) {
    if (running.child.exitCode !== null || Date.now() > deadline) throw new Error(`never printed ${pattern}:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const npmStart = async (...args: string[]) => {
  const started = run(['start', '--', '--port', '0', '--data-dir', dataDir, ...args]);
  await until(started, /Press Ctrl-C/);
  return { ...started, api: /API\s+(http:\/\/\S+)\/v1/.exec(started.output())![1]!.replace('localhost', '127.0.0.1') };
};

const npmRunSeed = async (api: string) => {
  const seed = run(['run', 'seed', '--', '--api', api, '--data-dir', dataDir]);
  const code = await new Promise<number | null>((resolve) => seed.child.once('close', resolve));
  return { code, output: seed.output() };
};

/** Ctrl-C in a terminal: SIGINT to the whole process group; resolves once every process of it is gone. */
const ctrlC = async (running: Running) => {
  process.kill(-running.child.pid!, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (groupAlive(running.child.pid!) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
};

afterAll(async () => {
  // A test that failed half-way must not leave a platform (and its Java) running.
  for (const pgid of groups.filter(groupAlive)) process.kill(-pgid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (groups.some(groupAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo commands', () => {
  it('npm start -- --demo seeds the platform it starts; npm run seed from another process then finds it all; Ctrl-C drains the node', async () => {
    const platform = await npmStart('--demo');
    await until(platform, /Demo ready/);
    expect(platform.output()).toContain('Demo ready (this run created: customer, agent token, subscription)');
    expect(platform.output()).toMatch(/Instance\s+\S+ RUNNING on paas-local-node-1/);
    expect(platform.output()).toContain(`npm run -s admin-token -- --email admin@example.com --data-dir ${dataDir}`);
    expect(platform.output()).toMatch(/KUBECONFIG=\S+kubeconfig kubectl -n cust-[a-z0-9]+ get deploy,svc,ingress,pods/);

    const again = await npmRunSeed(platform.api);
    expect(again.code).toBe(0);
    expect(again.output).toContain('nothing new: it was all there already');
    expect(again.output).toMatch(/Node\s+paas-local-node-1 HEALTHY/);

    await ctrlC(platform);
    expect(groupAlive(platform.child.pid!)).toBe(false);
    expect(platform.output()).toContain('sent the draining heartbeat');
  }, 180_000);

  it('npm run seed says what to do when no platform runs there', async () => {
    const seed = await npmRunSeed('http://127.0.0.1:9');
    expect(seed.code).toBe(1);
    expect(seed.output).toContain('does not answer at http://127.0.0.1:9');
  }, 60_000);
});
