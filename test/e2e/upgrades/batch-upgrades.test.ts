import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * Administrators upgrade every instance on a version in batches, over HTTP on the local runtime: the start
 * route runs the batch's own `upgrade-batch` state machine (its synthesized definition, waits shortened), and
 * each upgrade is the customer's own workflow. Nothing here advances the batch but that execution.
 */
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 50 } });
const api = apiClient(platform);
let admin: string;
const customers: { token: string; subscriptionId: string }[] = [];

const batchPath = (version: string) => `/v1/admin/services/n8n/versions/${version}/upgrade-all`;
const progress = async (version: string) => (await api.call('GET', batchPath(version), { token: admin })).json;
/** Every answer of GET …/upgrade-all until the batch is no longer RUNNING, the last one included. */
const watch = async (version: string, what: string) => {
  const seen: any[] = [];
  await until(async () => (seen.push(await progress(version)), seen.at(-1)), (b) => b.status !== 'RUNNING', what, 120_000);
  return seen;
};
/** The `upgrade-batch` execution of a batch, named after its id, once it has stopped. */
const executionOf = (batchId: string) =>
  platform().workflows.wait(`${platform().workflows.stateMachineArn('upgrade-batch').replace(':stateMachine:', ':execution:')}:${batchId}`);
const versionsOf = async () =>
  Promise.all(customers.map(async (c) => (await api.call('GET', `/v1/subscriptions/${c.subscriptionId}/instance`, { token: c.token })).json.appVersion as string));

beforeAll(async () => {
  await registerWorker(api);
  admin = await api.adminToken();
  for (const [version, tag] of [['1.65.0', '1.65.0'], ['1.66.0', 'fail']]) {
    expect((await api.call('POST', '/v1/admin/services/n8n/versions', { token: admin, body: { version, image: 'n8nio/n8n', tag } })).status).toBe(201);
  }
  for (let n = 0; n < 3; n++) {
    const token = (await api.register()).accessToken;
    const subscriptionId = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json.subscription.id;
    customers.push({ token, subscriptionId });
  }
  for (const c of customers) expect((await settledInstance(api, c.token, c.subscriptionId)).status).toBe('RUNNING');
}, 180_000);

describe('batch upgrades', () => {
  it('refuses an unknown target naming body.toVersion, and has no progress before it starts', async () => {
    const unknown = await api.call('POST', batchPath('1.64.0'), { token: admin, body: { toVersion: '9.9.9', batchSize: 2 } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.errors[0].field).toBe('body.toVersion');
    expect((await api.call('GET', batchPath('1.64.0'), { token: admin })).status).toBe(404);
  });

  it('upgrades every instance on the version, never more than two at a time, to COMPLETED through its workflow; a second start meanwhile is a 409, one after it with nothing left completes at once', async () => {
    const started = await api.call('POST', batchPath('1.64.0'), { token: admin, body: { toVersion: '1.65.0', batchSize: 2 } });
    expect(started.status, started.text).toBe(202);
    expect(started.json).toMatchObject({ status: 'RUNNING', total: 3, upgraded: 0, failed: 0, remaining: 3 });
    expect((await api.call('POST', batchPath('1.64.0'), { token: admin, body: { toVersion: '1.65.0', batchSize: 2 } })).status).toBe(409);

    const seen = await watch('1.64.0', 'the batch to complete');
    expect(Math.max(...seen.map((b) => b.inProgress))).toBeLessThanOrEqual(2);
    // Progress only moves forward: what is upgraded never goes back, what remains never grows.
    for (const [before, after] of seen.slice(1).map((b, i) => [seen[i], b])) {
      expect(after.upgraded).toBeGreaterThanOrEqual(before.upgraded);
      expect(after.remaining).toBeLessThanOrEqual(before.remaining);
    }
    expect(seen.at(-1)).toMatchObject({ id: started.json.id, status: 'COMPLETED', total: 3, upgraded: 3, failed: 0, remaining: 0, inProgress: 0 });
    expect(await versionsOf()).toEqual(['1.65.0', '1.65.0', '1.65.0']);
    expect((await executionOf(started.json.id)).status).toBe('SUCCEEDED');

    // Nothing is on the version now: a new batch of it has nothing to drive and is COMPLETED in the answer.
    const empty = await api.call('POST', batchPath('1.64.0'), { token: admin, body: { toVersion: '1.65.0', batchSize: 2 } });
    expect(empty.status, empty.text).toBe(202);
    expect(empty.json).toMatchObject({ status: 'COMPLETED', total: 0, remaining: 0 });
    expect(empty.json.id).not.toBe(started.json.id);
  }, 150_000);

  it('pauses on the first failure with its reason; a POST resumes it under a new execution without retrying the instance that failed', async () => {
    const started = await api.call('POST', batchPath('1.65.0'), { token: admin, body: { toVersion: '1.66.0', batchSize: 1 } });
    expect(started.status, started.text).toBe(202);
    const paused = (await watch('1.65.0', 'the batch to pause')).at(-1);
    expect(paused).toMatchObject({ status: 'PAUSED', total: 3, upgraded: 0, failed: 1, remaining: 2, failure: { instanceId: expect.any(String), reason: expect.stringMatching(/failed/) } });
    expect(await versionsOf()).toEqual(['1.65.0', '1.65.0', '1.65.0']);
    // A pause ends the batch's execution: nothing drives a PAUSED batch.
    expect((await executionOf(started.json.id)).status).toBe('SUCCEEDED');

    const resumed = await api.call('POST', batchPath('1.65.0'), { token: admin, body: { toVersion: '1.66.0', batchSize: 1 } });
    expect(resumed.status, resumed.text).toBe(202);
    expect(resumed.json).toMatchObject({ status: 'RUNNING', failed: 1, remaining: 2 });
    expect(resumed.json.id).not.toBe(started.json.id);
    const pausedAgain = (await watch('1.65.0', 'the batch to pause again')).at(-1);
    expect(pausedAgain).toMatchObject({ id: resumed.json.id, status: 'PAUSED', failed: 2, remaining: 1 });
    expect(pausedAgain.failure.instanceId).not.toBe(paused.failure.instanceId);
    expect((await executionOf(resumed.json.id)).status).toBe('SUCCEEDED');
  }, 200_000);
});
