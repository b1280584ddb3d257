import { spawn, type ChildProcess } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);
const repoRoot = new URL('../../../', import.meta.url).pathname;
let admin: string;

interface RunningAgent {
  child: ChildProcess;
  lines: () => { msg?: string; level?: string; [key: string]: unknown }[];
  raw: () => string;
}

/** The real agent, as its own Node process, reading this machine's /proc and talking HTTP to the runtime. */
const startAgent = (token: string, nodeName: string): RunningAgent => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'agent/src/main.ts', '--api', platform().url, '--node-name', nodeName, '--interval-ms', '200', '--backoff-cap-ms', '500', '--no-kubernetes'],
    { cwd: repoRoot, env: { ...process.env, AGENT_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return {
    child,
    raw: () => output,
    lines: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string }),
  };
};

const until = async (check: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const node = async (name: string) => (await api.call('GET', `/v1/admin/workers/${name}`, { token: admin })).json;

const stop = (agent: RunningAgent) =>
  new Promise<number | null>((resolve) => {
    agent.child.once('exit', (code) => resolve(code));
    agent.child.kill('SIGTERM');
  });

beforeAll(async () => {
  admin = await api.adminToken();
});

describe('the real agent against the local runtime', () => {
  it('registers and heartbeats with real figures, drains on SIGTERM, goes UNHEALTHY then OFFLINE when silent, and comes back', async () => {
    const token = (await api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: 'e2e' } })).json.token as string;
    const agent = startAgent(token, 'e2e-agent');
    // One read judged and kept: a second read could land between the agent's register and its heartbeat.
    let seen: Awaited<ReturnType<typeof node>> | undefined;
    await until(async () => {
      seen = await node('e2e-agent');
      return Boolean(seen?.usage);
    }, 'the first heartbeat');
    expect(seen).toMatchObject({ status: 'HEALTHY', name: 'e2e-agent', draining: false });
    expect(seen.system.cpuCores).toBeGreaterThan(0);
    expect(seen.usage.memoryUsedBytes).toBeGreaterThan(0);
    expect(seen.usage.memoryUsedBytes).toBeLessThanOrEqual(seen.system.memoryTotalBytes);
    expect(seen.usage.uptimeSeconds).toBeGreaterThan(0);

    expect(await stop(agent)).toBe(0);
    // Stopping means: the signal heard, one draining heartbeat sent, then gone, with no regular heartbeat after
    // the signal (how fast that is belongs to the bench, not here).
    const said = agent.lines().map((line) => line.msg);
    const fromSignal = said.slice(said.indexOf('stopping'));
    expect(fromSignal.filter((msg) => msg === 'stopping' || msg === 'sent the draining heartbeat' || msg === 'stopped')).toEqual(['stopping', 'sent the draining heartbeat', 'stopped']);
    expect((await node('e2e-agent')).draining).toBe(true);
    expect(agent.raw()).not.toContain(token);

    const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
    await platform().runSchedule('worker-health', later(60));
    expect((await node('e2e-agent')).status).toBe('UNHEALTHY');
    await platform().runSchedule('worker-health', later(400));
    expect((await node('e2e-agent')).status).toBe('OFFLINE');

    const again = startAgent(token, 'e2e-agent');
    await until(async () => (await node('e2e-agent')).status === 'HEALTHY', 'the node to recover');
    expect(await stop(again)).toBe(0);

    await platform().drainStreams();
    const events = platform()
      .bus.recent()
      .filter((e) => (e.detail as { nodeName?: string }).nodeName === 'e2e-agent')
      .map((e) => e.type);
    expect(events).toEqual(['worker.registered', 'worker.unhealthy', 'worker.offline', 'worker.recovered']);
  });

  it('keeps running, and says so clearly, when its token is revoked', async () => {
    const created = (await api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: 'to revoke' } })).json;
    const agent = startAgent(created.token, 'revoked-agent');
    await until(async () => (await node('revoked-agent'))?.usage != null, 'the first heartbeat');
    expect((await api.call('DELETE', `/v1/admin/agent-tokens/${created.id}`, { token: admin })).status).toBe(204);
    await until(() => agent.lines().some((line) => line.level === 'error' && /401|revoked|unauthori/i.test(JSON.stringify(line))), 'the agent to report the 401');
    const lastHeartbeat = (await node('revoked-agent')).lastHeartbeatAt;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(agent.child.exitCode).toBeNull();
    expect((await node('revoked-agent')).lastHeartbeatAt).toBe(lastHeartbeat);
    expect(agent.raw()).not.toContain(created.token);
    expect(await stop(agent)).toBe(0);
  });
});
