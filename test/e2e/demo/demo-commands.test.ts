import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ctrlC, groupAlive, npmRuns, waitForOutput } from '../../support/npm-runs';

const dataDir = mkdtempSync(join(tmpdir(), 'paas-demo-commands-'));
const npm = npmRuns(dataDir);

const npmRunSeed = async (api: string) => {
  const seed = npm.run(['run', 'seed', '--', '--api', api, '--data-dir', dataDir]);
  const code = await new Promise<number | null>((resolve) => seed.child.once('close', resolve));
  return { code, output: seed.output() };
};

afterAll(async () => {
  // A test that failed half-way must not leave a platform (and its Java) running.
  await npm.stopAll();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo commands', () => {
  it('npm start -- --demo seeds the platform it starts; npm run seed from another process then finds it all; Ctrl-C drains the node', async () => {
    const platform = await npm.start({ args: ['--demo'] });
    await waitForOutput(platform, /Demo ready/);
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
