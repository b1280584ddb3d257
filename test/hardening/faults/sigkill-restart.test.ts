import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePortOutsideEphemeralRange } from '../../../infra/local/free-port';
import { linkTokenOf, waitForMail } from '../../support/account-mail';
import { recordHardeningFigures } from '../../support/hardening-report';
import { ctrlC, groupAlive, npmRuns } from '../../support/npm-runs';
import { dynamoDbLocalPidsIn, isAlive, processesWhere } from '../../support/processes';

/**
 * Fault: the local runtime killed with SIGKILL mid-load and started again. `npm start` runs in its own
 * process group on its own data folder and port, as a user runs it; while clients create accounts and
 * webhook endpoints, only its main Node process (the one that owns DynamoDB Local) is killed, as a crash
 * would. DynamoDB Local's Java, in its own process group, is orphaned (known); the next start on the same
 * folder must reap it, and every write that was answered 2xx must be there.
 *
 * The runtime's guarantee is that the next platform start that shares the orphan's registry reaps it: any
 * start, not only this file's. Another test file's platform, started meanwhile, did so in CI (the orphan was
 * gone before this restart could prove anything), so these runs get a temporary folder, and so a registry,
 * of their own.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'paas-sigkill-'));
const privateTmp = mkdtempSync(join(tmpdir(), 'paas-sigkill-tmp-'));
/** Where infra/local/dynamodb-local.ts registers each Java process with its owner (pid files), under TMPDIR. */
const registryDir = join(privateTmp, 'paas-platform-dynamodb-local');
const npm = npmRuns(dataDir, { env: { TMPDIR: privateTmp } });

const waitFor = async (what: string, done: () => boolean, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
};
/** Every process of this machine that mentions the test's data folder: the runs' npm and Node, and Java. */
const processesOfThisDataDir = () => processesWhere((argv) => argv.some((arg) => arg.includes(dataDir)));

afterAll(async () => {
  // Whatever a failed assertion left running: our process groups and our Java, nothing else.
  await npm.stopAll('SIGKILL');
  for (const pid of dynamoDbLocalPidsIn(dataDir)) process.kill(pid, 'SIGKILL');
  await waitFor('the test’s processes to be gone', () => processesOfThisDataDir().length === 0).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(privateTmp, { recursive: true, force: true });
});

const call = async (api: string, method: string, path: string, body?: unknown, token?: string) => {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, json: (await response.json().catch(() => undefined)) as Record<string, any> | undefined };
};

describe('fault: the local runtime killed with SIGKILL mid-load, then started again', () => {
  it('keeps every acknowledged write, and leaves no orphaned Java or queue process after the restart', async () => {
    // Outside the ephemeral range: the restart below takes the same port, which an outgoing connection could hold meanwhile.
    const port = await freePortOutsideEphemeralRange();
    const first = await npm.start({ port });
    const [java] = dynamoDbLocalPidsIn(dataDir);
    expect(java).toBeDefined();
    const { ownerPid: mainPid } = JSON.parse(readFileSync(join(registryDir, `${java}.json`), 'utf8')) as { ownerPid: number };
    expect(isAlive(mainPid)).toBe(true);
    const firstRun = processesOfThisDataDir();

    // Load: four clients, each an account then webhook endpoints, as fast as they are answered.
    const acknowledged = { customers: [] as { id: string; token: string }[], webhooks: [] as { id: string; token: string }[] };
    let loading = true;
    const client = async (n: number) => {
      const registered = await call(first.api, 'POST', '/v1/auth/register', { email: `crash-${n}-${Date.now()}@example.com`, password: 'correct horse battery staple', name: `Client ${n}` }).catch(() => undefined);
      if (registered?.status !== 201) return;
      const token = registered.json!.accessToken as string;
      acknowledged.customers.push({ id: registered.json!.user.id, token });
      // Verified from the mail folder, as its owner would: an unverified customer may not add webhooks.
      const mail = await waitForMail(join(dataDir, 'mail'), registered.json!.user.email, 'account.email-verification').catch(() => undefined);
      if (!mail || (await call(first.api, 'POST', '/v1/auth/email/verify', { token: linkTokenOf(mail) }).catch(() => undefined))?.status !== 204) return;
      for (let i = 0; loading; i++) {
        const created = await call(first.api, 'POST', '/v1/webhooks', { url: `http://127.0.0.1:9/client-${n}/${i}` }, token).catch(() => undefined);
        if (created?.status === 201) acknowledged.webhooks.push({ id: created.json!.webhook.id, token });
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    await waitFor('some acknowledged writes', () => acknowledged.webhooks.length >= 40, 60_000);

    // The crash: the main process only, requests still in flight.
    process.kill(mainPid, 'SIGKILL');
    loading = false;
    await Promise.all(clients);
    await waitFor('the first run’s Node processes to be gone', () => !groupAlive(first.child.pid!));
    // Known: Java, in its own process group, outlives its owner.
    expect(dynamoDbLocalPidsIn(dataDir)).toEqual([java]);

    const second = await npm.start({ port });
    const [restartedJava, ...more] = dynamoDbLocalPidsIn(dataDir);
    expect(more).toEqual([]);
    expect(restartedJava).not.toBe(java);
    expect(isAlive(java!)).toBe(false);
    expect(existsSync(join(registryDir, `${java}.json`))).toBe(false);
    const orphans = firstRun.filter(isAlive);
    expect(orphans).toEqual([]);

    // Every write that was answered 2xx is there.
    const missing: string[] = [];
    for (const customer of acknowledged.customers) {
      const me = await call(second.api, 'GET', '/v1/auth/me', undefined, customer.token);
      if (me.status !== 200 || me.json?.id !== customer.id) missing.push(`account ${customer.id}: ${me.status}`);
    }
    for (const webhook of acknowledged.webhooks) {
      const read = await call(second.api, 'GET', `/v1/webhooks/${webhook.id}`, undefined, webhook.token);
      if (read.status !== 200) missing.push(`webhook ${webhook.id}: ${read.status}`);
    }
    expect(missing).toEqual([]);

    // Ctrl-C stops everything this run started, its Java included.
    await ctrlC(second, () => dynamoDbLocalPidsIn(dataDir).length === 0, 20_000);
    expect(processesOfThisDataDir()).toEqual([]);

    recordHardeningFigures('faults-sigkill-restart', {
      suite: 'Faults',
      figures: {
        injected: 1,
        'writes acknowledged before the kill': acknowledged.customers.length + acknowledged.webhooks.length,
        'acknowledged writes lost': missing.length,
        'orphaned processes after the restart': orphans.length,
      },
      notes: ['npm start SIGKILLed (main process only) under load: its orphaned DynamoDB Local was reaped by the next start on the same data folder, and every 2xx write was found.'],
    });
  }, 240_000);
});
