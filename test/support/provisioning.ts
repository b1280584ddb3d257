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

/** What a file's cluster can say about an instance that did not settle (the real-cluster files set it). */
let explainUnsettled: ((instance: { namespace?: string; id?: string }) => Promise<string>) | undefined;
export const explainUnsettledInstancesWith = (explain: typeof explainUnsettled) => {
  explainUnsettled = explain;
};

/**
 * Waits until the subscription's instance has settled (RUNNING, FAILED or DELETED) and returns it. On a
 * timeout it fails with the instance's status and its last steps (what the workflow was doing), not the
 * first characters of its JSON.
 */
export const settledInstance = async (api: ReturnType<typeof apiClient>, token: string, subscriptionId: string, states = ['RUNNING', 'FAILED'], timeoutMs = 60_000) => {
  const read = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;
  try {
    return await until(read, (value) => states.includes(value.status), `the instance of ${subscriptionId}`, timeoutMs);
  } catch (error) {
    const last = await read();
    const steps = ((last?.steps ?? []) as { at?: string; step: string }[]).slice(-6).map((s) => `${s.at ?? ''} ${s.step}`);
    const cluster = explainUnsettled && last ? await explainUnsettled(last).catch((e: Error) => `(the cluster could not be read: ${e.message})`) : '';
    throw new Error(`timed out after ${timeoutMs / 1000} s waiting for the instance of ${subscriptionId} to reach ${states.join(' or ')}: ${last?.status} since ${last?.updatedAt}; last steps:\n  ${steps.join('\n  ')}${cluster ? `\n${cluster}` : ''}`, { cause: error });
  }
};
