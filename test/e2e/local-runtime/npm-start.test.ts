import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../shared/catalog/catalog-use-cases';
import { dynamoServiceStore } from '../../../shared/catalog/dynamo-service-store';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';

const repo = new URL('../../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'paas-start-'));

interface Started {
  child: ChildProcess;
  api: string;
  dynamo: string;
  output: () => string;
}

/** Runs `npm start` the way a user does (its own process group, as a terminal gives it) and waits for the banner. */
const npmStart = async (...args: string[]): Promise<Started> => {
  const child = spawn('npm', ['start', '--', '--port', '0', '--data-dir', dataDir, ...args], {
    cwd: repo,
    detached: true,
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Press Ctrl-C')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const api = /API\s+(http:\/\/\S+)\/v1/.exec(output)![1]!.replace('localhost', '127.0.0.1');
  const dynamo = /DynamoDB Local\s+(http:\/\/\S+)/.exec(output)![1]!;
  return { child, api, dynamo, output: () => output };
};

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Ctrl-C in a terminal: SIGINT to the whole foreground process group. Resolves once every process of the
 * group and its DynamoDB Local are gone, with what the platform printed on the way out.
 */
const ctrlC = async (started: Started) => {
  process.kill(-started.child.pid!, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while ((groupAlive(started.child.pid!) || dynamoDbLocalPids().length) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { groupAlive: groupAlive(started.child.pid!), java: dynamoDbLocalPids(), said: started.output() };
};
const stoppedCleanly = { groupAlive: false, java: [], said: expect.stringContaining('SIGINT: stopping') };

const dynamoDbLocalPids = () =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return command.includes('DynamoDBLocal') && command.includes(dataDir);
      } catch {
        return false;
      }
    });

describe('npm start', () => {
  it('serves the API on real engines, keeps data across restarts, starts empty with --fresh, and leaves no Java behind', async () => {
    const first = await npmStart();
    expect(first.output()).toMatch(/Health\s+http:\/\/localhost:\d+\/v1\/health/);
    expect(await (await fetch(`${first.api}/v1/health`)).json()).toMatchObject({ status: 'ok' });
    expect(dynamoDbLocalPids()).toHaveLength(1);

    // Something only this run wrote, straight into its DynamoDB Local.
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: first.dynamo, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));
    await createService({ services: dynamoServiceStore(doc, 'paas-platform-local'), now: () => new Date() }, { ...catalogSeed[0]!, slug: 'kept-service' });
    doc.destroy();
    expect(await ctrlC(first)).toEqual(stoppedCleanly);

    const second = await npmStart();
    expect((await fetch(`${second.api}/v1/services/kept-service`)).status).toBe(200);
    expect(await ctrlC(second)).toEqual(stoppedCleanly);

    const fresh = await npmStart('--fresh');
    expect((await fetch(`${fresh.api}/v1/services/kept-service`)).status).toBe(404);
    expect((await fetch(`${fresh.api}/v1/services/n8n`)).status).toBe(200);
    expect(await ctrlC(fresh)).toEqual(stoppedCleanly);
  }, 180_000);

  it('cleans up the Java process of a run that was killed outright', async () => {
    const killed = await npmStart();
    expect(dynamoDbLocalPids()).toHaveLength(1);
    // kill -9 of the Node processes only: Java, in its own process group, is orphaned.
    const exited = new Promise((resolve) => killed.child.once('exit', resolve));
    process.kill(-killed.child.pid!, 'SIGKILL');
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dynamoDbLocalPids()).toHaveLength(1);

    const next = await npmStart();
    // The orphan was reaped; only the new run's Java is left.
    expect(dynamoDbLocalPids()).toHaveLength(1);
    expect(await ctrlC(next)).toEqual(stoppedCleanly);
  }, 120_000);
});
