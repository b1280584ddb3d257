import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentClient } from '../../../shared/aws/dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createService } from '../../../shared/catalog/catalog-use-cases';
import { dynamoServiceStore } from '../../../shared/catalog/dynamo-service-store';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import { ctrlC, groupAlive, type NpmRun, npmRuns } from '../../support/npm-runs';
import { dynamoDbLocalPidsIn, processesWhere } from '../../support/processes';

const dataDir = mkdtempSync(join(tmpdir(), 'paas-start-'));
// Its own temporary folder, so its DynamoDB Local registry is its own: a platform another test file starts
// meanwhile reaps orphans from the shared one, and took this file's orphan before its own restart could.
const privateTmp = mkdtempSync(join(tmpdir(), 'paas-start-tmp-'));
const npm = npmRuns(dataDir, { env: { TMPDIR: privateTmp } });
const dynamoDbLocalPids = () => dynamoDbLocalPidsIn(dataDir);

/**
 * Ctrl-C, waited for until its DynamoDB Local is gone too; with what the platform printed on the way out. A
 * Ctrl-C during the start is handled once the start is done, which on a machine running two CI runs at once
 * took longer than 15 s (seen): the wait is a minute, the test's own limit is two.
 */
const stop = async (started: NpmRun) => {
  await ctrlC(started, () => dynamoDbLocalPids().length === 0, 60_000);
  return { groupAlive: groupAlive(started.child.pid!), java: dynamoDbLocalPids(), said: started.output() };
};
const stoppedCleanly = { groupAlive: false, java: [], said: expect.stringContaining('SIGINT: stopping') };

afterAll(async () => {
  // A test that failed half-way must not leave a platform running.
  await npm.stopAll();
  rmSync(privateTmp, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the API on real engines, keeps data across restarts, starts empty with --fresh, and leaves no Java behind', async () => {
    const first = await npm.start();
    expect(first.output()).toMatch(/Health\s+http:\/\/localhost:\d+\/v1\/health/);
    expect(await (await fetch(`${first.api}/v1/health`)).json()).toMatchObject({ status: 'ok' });
    expect(dynamoDbLocalPids()).toHaveLength(1);
    // One Node process runs the platform (node --import tsx): the tsx CLI in between SIGKILLed it when it took
    // over 30 ms to acknowledge Ctrl-C, as on a busy machine, leaving DynamoDB Local behind (seen in a full run).
    expect(processesWhere((argv) => argv.some((arg) => arg.includes(dataDir)) && argv.some((arg) => /(\.bin[\\/]tsx|tsx[\\/]dist[\\/]cli\.mjs)$/.test(arg)))).toEqual([]);

    // Something only this run wrote, straight into its DynamoDB Local.
    const doc = new DocumentClient({ endpoint: first.dynamo, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    await createService({ services: dynamoServiceStore(doc, 'paas-platform-local'), now: () => new Date() }, { ...catalogSeed[0]!, slug: 'kept-service' });
    doc.destroy();
    expect(await stop(first)).toEqual(stoppedCleanly);

    const second = await npm.start();
    expect((await fetch(`${second.api}/v1/services/kept-service`)).status).toBe(200);
    expect(await stop(second)).toEqual(stoppedCleanly);

    const fresh = await npm.start({ args: ['--fresh'] });
    expect((await fetch(`${fresh.api}/v1/services/kept-service`)).status).toBe(404);
    expect((await fetch(`${fresh.api}/v1/services/n8n`)).status).toBe(200);
    expect(await stop(fresh)).toEqual(stoppedCleanly);
  }, 180_000);

  it('stops cleanly on a Ctrl-C that comes while it is still starting', async () => {
    const starting = npm.run(['start', '--', '--port', '0', '--data-dir', dataDir]);
    // DynamoDB Local is up, the rest of the platform not yet: a Ctrl-C here used to kill the process outright.
    const deadline = Date.now() + 60_000;
    while (!dynamoDbLocalPids().length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dynamoDbLocalPids()).toHaveLength(1);
    expect(await stop(starting)).toEqual(stoppedCleanly);
  }, 120_000);

  it('cleans up the Java process of a run that was killed outright', async () => {
    const killed = await npm.start();
    expect(dynamoDbLocalPids()).toHaveLength(1);
    // kill -9 of the Node processes only: Java, in its own process group, is orphaned.
    const exited = new Promise((resolve) => killed.child.once('exit', resolve));
    process.kill(-killed.child.pid!, 'SIGKILL');
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dynamoDbLocalPids()).toHaveLength(1);

    const next = await npm.start();
    // The orphan was reaped; only the new run's Java is left.
    expect(dynamoDbLocalPids()).toHaveLength(1);
    expect(await stop(next)).toEqual(stoppedCleanly);
  }, 120_000);
});
