import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../agent/src/log';
import { agentFilePath, readAgentFile } from '../../../infra/local/demo/demo-agent-file';
import { startDemoAgent, type DemoAgent } from '../../../infra/local/demo/demo-agent';
import { seedDemo, type DemoReport } from '../../../infra/local/demo/seed-demo';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform();
const api = apiClient(platform);
const demoDir = mkdtempSync(join(tmpdir(), 'paas-demo-'));
const agentLog: string[] = [];
let agent: DemoAgent;
let admin: string;

beforeAll(async () => {
  admin = await api.adminToken();
  // What `npm start` runs: the demo agent in the platform's process, here with a short interval.
  agent = startDemoAgent({
    apiUrl: platform().url,
    demoDir,
    kubeconfigPath: platform().kubernetes!.kubeconfigPath,
    intervalMs: 300,
    pollMs: 100,
    log: createLogger({ write: (line) => agentLog.push(line) }),
  });
});
afterAll(async () => {
  await agent?.stop();
  rmSync(demoDir, { recursive: true, force: true });
});

/** As `npm start -- --demo` runs it (the agent told at once), or as `npm run seed` does from another process (the agent polls). */
const seed = ({ fromAnotherProcess = false } = {}) =>
  seedDemo({
    apiUrl: platform().url,
    demoDir,
    mailDir: platform().mailDir,
    adminToken: () => api.adminToken(),
    ...(fromAnotherProcess ? {} : { agentFileChanged: () => agent.refresh() }),
    timeoutMs: 60_000,
  });

const items = async (path: string, token = admin) => (await api.call('GET', path, { token })).json.items as Record<string, unknown>[];
const demoTokens = async () => (await items('/v1/admin/agent-tokens?limit=100')).filter((t) => t.name === 'demo');
const demoNode = async () => (await api.call('GET', '/v1/admin/workers/paas-local-node-1', { token: admin })).json;
const withoutCreated = ({ created: _created, ...rest }: DemoReport) => rest;

/** Everything the demo consists of, counted through the API rather than taken from the seed's report. */
const counted = async (report: DemoReport) => ({
  customers: (await items('/v1/admin/users?emailPrefix=demo%40')).length,
  liveDemoTokens: (await demoTokens()).filter((t) => !t.revokedAt).length,
  nodes: (await items('/v1/admin/workers')).filter((n) => n.name === 'paas-local-node-1').length,
  subscriptions: (await items(`/v1/admin/subscriptions?userId=${report.customer.id}`)).length,
});

describe('the demo seed (npm run seed, npm start -- --demo)', () => {
  let first: DemoReport;

  it('makes a customer, an agent token, a heartbeating node and a running n8n; a second run makes nothing', async () => {
    first = await seed();
    expect(first.created).toEqual(['customer', 'agent token', 'subscription']);
    expect(first.subscription).toMatchObject({ status: 'ACTIVE', serviceSlug: 'n8n', planId: 'starter' });
    expect(first.instance).toMatchObject({ status: 'RUNNING', nodeName: 'paas-local-node-1' });
    expect(first.node).toMatchObject({ name: 'paas-local-node-1', status: 'HEALTHY' });
    expect(await counted(first)).toEqual({ customers: 1, liveDemoTokens: 1, nodes: 1, subscriptions: 1 });
    // The token the API showed once is kept for the next run, readable by this user only.
    expect(readAgentFile(demoDir)?.token).toMatch(new RegExp(`^agt_${first.agentToken.id}_`));
    expect(statSync(agentFilePath(demoDir)).mode & 0o077).toBe(0);

    const second = await seed();
    expect(second.created).toEqual([]);
    expect(withoutCreated(second)).toEqual(withoutCreated(first));
    expect(await counted(first)).toEqual({ customers: 1, liveDemoTokens: 1, nodes: 1, subscriptions: 1 });
    expect((await demoTokens()).length).toBe(1);
  }, 120_000);

  it('keeps the node heartbeating after the seed has returned, with the simulated Node’s figures', async () => {
    const before = Date.parse((await demoNode()).lastHeartbeatAt);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const node = await demoNode();
    expect(Date.parse(node.lastHeartbeatAt)).toBeGreaterThan(before);
    expect(node).toMatchObject({ status: 'HEALTHY', draining: false });
    expect(node.kubernetes).toMatchObject({ allocatable: { cpu: '3800m' }, conditions: { Ready: 'True' } });
    expect(node.kubernetes.podCount).toBeGreaterThan(0);
    expect(node.usage.memoryUsedBytes).toBeGreaterThan(0);
    expect(agentLog.join('')).not.toContain(readAgentFile(demoDir)!.token);
  });

  it('replaces a revoked token and the node heartbeats again with the new one; nothing else is made', async () => {
    expect((await api.call('DELETE', `/v1/admin/agent-tokens/${first.agentToken.id}`, { token: admin })).status).toBe(204);
    const revokedAt = Date.now();
    const again = await seed({ fromAnotherProcess: true });
    expect(again.created).toEqual(['agent token']);
    expect(again.agentToken.id).not.toBe(first.agentToken.id);
    expect(again.subscription.id).toBe(first.subscription.id);
    expect(Date.parse((await demoNode()).lastHeartbeatAt)).toBeGreaterThan(revokedAt);
    expect(await counted(first)).toEqual({ customers: 1, liveDemoTokens: 1, nodes: 1, subscriptions: 1 });
  }, 120_000);

  it('replaces a lost agent.json, revoking the demo token nobody can use any more', async () => {
    const previous = readAgentFile(demoDir)!;
    rmSync(agentFilePath(demoDir));
    const again = await seed();
    expect(again.created).toEqual(['agent token']);
    expect(again.agentToken.revoked).toEqual([previous.token.split('_')[1]]);
    expect(readAgentFile(demoDir)!.token).not.toBe(previous.token);
    expect(await counted(first)).toEqual({ customers: 1, liveDemoTokens: 1, nodes: 1, subscriptions: 1 });
    expect((await demoNode()).status).toBe('HEALTHY');
  }, 120_000);

  it('stops with a draining heartbeat when the platform stops', async () => {
    await agent.stop();
    // What the agent said last, so a failure shows why its draining heartbeat did not land.
    expect((await demoNode()).draining, agentLog.slice(-4).join('')).toBe(true);
  });
});
