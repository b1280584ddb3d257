import { expect } from 'vitest';
import { heartbeatBody, registerBody } from './agent-payloads';
import type { apiClient } from './api-client';

/** Polls `read` until `done` holds, failing with what it last saw. */
export const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

/**
 * An admin token and a registered worker node that has sent one heartbeat: what placement needs before any
 * subscription. With `heartbeats: true` it keeps beating every 10 s, as an agent does, while the platform
 * answers: a file of many provisionings can outlast the node-health monitor's 40 s of silence on a loaded
 * machine, after which the node is UNHEALTHY and no subscription finds room. Left silent by default, for the
 * files that watch node health or count requests.
 */
export const registerWorker = async (api: ReturnType<typeof apiClient>, nodeName = 'worker-1', { heartbeats = false } = {}) => {
  const admin = await api.adminToken();
  const agentToken = (await api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: `e2e-${nodeName}` } })).json.token as string;
  expect((await api.call('POST', '/v1/agent/register', { token: agentToken, body: registerBody(nodeName) })).status).toBe(200);
  expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody(nodeName) })).status).toBe(204);
  if (heartbeats) {
    const timer = setInterval(() => {
      // Once the file's platform has stopped, fetch itself fails: that ends the beats.
      api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody(nodeName) }).catch((error: Error) => {
        if (error instanceof TypeError) clearInterval(timer);
      });
    }, 10_000);
    timer.unref();
  }
  return { admin, agentToken };
};

/** Waits until the subscription's instance has settled (RUNNING, FAILED or DELETED) and returns it. */
export const settledInstance = (api: ReturnType<typeof apiClient>, token: string, subscriptionId: string, states = ['RUNNING', 'FAILED']) =>
  until(
    async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json,
    (value) => states.includes(value.status),
    `the instance of ${subscriptionId} to reach ${states.join(' or ')}`,
  );
