import { demoClient, waitFor } from './demo-api';
import { demoSettings } from './demo-settings';

/** A heartbeat older than this (three intervals of the agent) does not count as the node being alive. */
const FRESH_MS = 30_000;

/**
 * Waits until the demo node is HEALTHY with a fresh heartbeat, sent after `since` when the token was just
 * (re)written: placement needs a healthy node with room, so the subscription comes after this. The
 * heartbeats come from the platform's demo agent (see demo-agent.ts), not from the seed.
 */
export const waitForDemoNode = async (apiUrl: string, adminToken: () => Promise<string>, options: { since?: Date; timeoutMs: number; hint: string }) => {
  const admin = demoClient(apiUrl, adminToken);
  const read = async () => {
    const answer = await admin.GET('/v1/admin/workers/{idOrName}', { params: { path: { idOrName: demoSettings.nodeName } } });
    return answer.data;
  };
  const alive = (node: Awaited<ReturnType<typeof read>>) => {
    // Registering counts as the first heartbeat (the agent's next one follows an interval later).
    if (!node || node.status !== 'HEALTHY' || node.draining) return false;
    const heartbeat = Date.parse(node.lastHeartbeatAt);
    return Date.now() - heartbeat <= FRESH_MS && (!options.since || heartbeat >= options.since.getTime());
  };
  try {
    return (await waitFor(read, alive, `heartbeats from the demo node ${demoSettings.nodeName}`, options.timeoutMs, 500))!;
  } catch (error) {
    throw new Error(`${(error as Error).message}. ${options.hint}`);
  }
};
