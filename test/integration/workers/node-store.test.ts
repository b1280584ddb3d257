import { describe, expect, it } from 'vitest';
import { hashAgentSecret, newAgentToken } from '../../../shared/workers/agent-token';
import { dynamoAgentTokenStore } from '../../../shared/workers/dynamo-agent-token-store';
import { dynamoNodeStore } from '../../../shared/workers/dynamo-node-store';
import { monitorNodeHealth } from '../../../shared/workers/monitor-node-health';
import { heartbeatBody, registerBody } from '../../support/agent-payloads';
import { useDynamoDbTable } from '../../support/dynamodb';

const table = useDynamoDbTable('nodes');
const thresholds = { unhealthyAfterSeconds: 40, offlineAfterSeconds: 300 };

/** The node store, and the credential of a new agent token as a request carries it. */
const withAgentToken = async (name: string) => {
  const token = newAgentToken();
  await dynamoAgentTokenStore(table().doc, table().tableName).create({ id: token.id, name, createdAt: new Date().toISOString(), secretHash: token.secretHash });
  return { nodes: dynamoNodeStore(table().doc, table().tableName), credential: { tokenId: token.id, secretHash: hashAgentSecret(token.secret) } };
};

describe('node store (DynamoDB Local)', () => {
  it('two monitors running at once move a node once; a heartbeat in between wins', async () => {
    const { nodes, credential } = await withAgentToken('t');
    const start = new Date();
    await nodes.register(registerBody('racer'), credential, start.toISOString());

    const later = new Date(start.getTime() + 60_000);
    const [first, second] = await Promise.all([monitorNodeHealth(nodes, later, thresholds), monitorNodeHealth(nodes, later, thresholds)]);
    const applied = [...first, ...second].filter((t) => t.applied);
    expect(applied).toEqual([{ name: 'racer', from: 'HEALTHY', to: 'UNHEALTHY', applied: true }]);

    // A monitor that read the node before a heartbeat arrived cannot undo the heartbeat.
    const stale = (await nodes.silentSince('UNHEALTHY', new Date(start.getTime() + 600_000).toISOString()))[0]!;
    await nodes.heartbeat(heartbeatBody('racer'), credential, new Date(start.getTime() + 61_000).toISOString());
    expect(await nodes.transition(stale, 'OFFLINE', new Date(start.getTime() + 400_000).toISOString())).toBe(false);
    expect((await nodes.get('racer'))?.status).toBe('HEALTHY');
  });

  it('a wrong secret fails the heartbeat without writing it', async () => {
    const nodes = dynamoNodeStore(table().doc, table().tableName);
    const before = await nodes.get('racer');
    const tokenId = (await dynamoAgentTokenStore(table().doc, table().tableName).list({ limit: 1 })).items[0]!.id;
    await expect(nodes.heartbeat(heartbeatBody('racer'), { tokenId, secretHash: hashAgentSecret('wrong') }, new Date().toISOString())).rejects.toMatchObject({ type: 'unauthorized' });
    expect((await nodes.get('racer'))?.lastHeartbeatAt).toBe(before?.lastHeartbeatAt);
  });
});

describe('a draining heartbeat', () => {
  it('is not undone by a heartbeat sent before it that arrives after it; a later one (the agent is back) clears it', async () => {
    const { nodes, credential } = await withAgentToken('drain');
    const t0 = Date.now();
    const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
    await nodes.register(registerBody('leaving'), credential, at(0));

    // The agent stops: its last regular heartbeat (sent at 10 s) was still in flight when the draining one (11 s) landed.
    await nodes.heartbeat(heartbeatBody('leaving', { sentAt: at(11), draining: true }), credential, at(11));
    await nodes.heartbeat(heartbeatBody('leaving', { sentAt: at(10) }), credential, at(12));
    expect(await nodes.get('leaving')).toMatchObject({ draining: true, lastHeartbeatAt: at(11) });

    // A stale heartbeat with a wrong secret is still refused, not quietly ignored.
    await expect(nodes.heartbeat(heartbeatBody('leaving', { sentAt: at(10) }), { ...credential, secretHash: hashAgentSecret('wrong') }, at(12))).rejects.toMatchObject({ type: 'unauthorized' });

    // The agent runs again and heartbeats: no longer draining.
    await nodes.heartbeat(heartbeatBody('leaving', { sentAt: at(30) }), credential, at(30));
    expect(await nodes.get('leaving')).toMatchObject({ draining: false, lastHeartbeatAt: at(30) });
  });
});

describe('capacity reservations', () => {
  it('two instances racing for the last slot: one wins; re-reserving is idempotent; release gives it back', async () => {
    const tokens = dynamoAgentTokenStore(table().doc, table().tableName);
    const nodes = dynamoNodeStore(table().doc, table().tableName);
    const token = newAgentToken();
    await tokens.create({ id: token.id, name: 'cap', createdAt: new Date().toISOString(), secretHash: token.secretHash });
    await nodes.register(registerBody('small'), { tokenId: token.id, secretHash: token.secretHash }, new Date().toISOString());
    const allocatable = { cpuMillicores: 1000, memoryMiB: 2048 };
    const request = { cpuMillicores: 600, memoryMiB: 1024 };

    const results = await Promise.all([nodes.reserve('small', 'INSTANCEA', request, allocatable), nodes.reserve('small', 'INSTANCEB', request, allocatable)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results[0] ? 'INSTANCEA' : 'INSTANCEB';
    expect(await nodes.reserve('small', winner, request, allocatable)).toBe(true);

    const [room] = (await nodes.healthyWithReservations()).filter((n) => n.name === 'small');
    expect(room!.reserved).toEqual(request);
    await nodes.release('small', winner);
    await nodes.release('small', winner);
    const [after] = (await nodes.healthyWithReservations()).filter((n) => n.name === 'small');
    expect(after!.reserved).toEqual({ cpuMillicores: 0, memoryMiB: 0 });
    expect(await nodes.reserve('small', 'INSTANCEC', request, allocatable)).toBe(true);

    await nodes.update((await nodes.get('small'))!, { schedulable: false }, new Date().toISOString());
    expect(await nodes.reserve('small', 'INSTANCED', { cpuMillicores: 1, memoryMiB: 1 }, allocatable)).toBe(false);
  });
});

describe('a reservation resized by a plan change', () => {
  it('grows only while the node has room, shrinks always, answers resized again for what it holds, and absent for an instance it does not hold', async () => {
    const tokens = dynamoAgentTokenStore(table().doc, table().tableName);
    const nodes = dynamoNodeStore(table().doc, table().tableName);
    const token = newAgentToken();
    await tokens.create({ id: token.id, name: 'resize', createdAt: new Date().toISOString(), secretHash: token.secretHash });
    await nodes.register(registerBody('resizable'), { tokenId: token.id, secretHash: token.secretHash }, new Date().toISOString());
    const allocatable = { cpuMillicores: 1000, memoryMiB: 2048 };
    const reserved = async () => (await nodes.healthyWithReservations()).find((n) => n.name === 'resizable')!.reserved;
    expect(await nodes.reserve('resizable', 'SMALL', { cpuMillicores: 300, memoryMiB: 512 }, allocatable)).toBe(true);
    expect(await nodes.reserve('resizable', 'OTHER', { cpuMillicores: 400, memoryMiB: 512 }, allocatable)).toBe(true);

    // 300 → 700 would make 1100 of 1000 millicores: refused, nothing changed.
    expect(await nodes.resizeReservation('resizable', 'SMALL', { cpuMillicores: 700, memoryMiB: 512 }, allocatable)).toBe('no-room');
    expect(await reserved()).toEqual({ cpuMillicores: 700, memoryMiB: 1024 });
    expect(await nodes.resizeReservation('resizable', 'SMALL', { cpuMillicores: 600, memoryMiB: 1024 }, allocatable)).toBe('resized');
    expect(await reserved()).toEqual({ cpuMillicores: 1000, memoryMiB: 1536 });
    expect(await nodes.resizeReservation('resizable', 'SMALL', { cpuMillicores: 600, memoryMiB: 1024 }, allocatable)).toBe('resized');
    expect(await reserved()).toEqual({ cpuMillicores: 1000, memoryMiB: 1536 });
    // Shrinking on a full node is always allowed.
    expect(await nodes.resizeReservation('resizable', 'SMALL', { cpuMillicores: 200, memoryMiB: 256 }, allocatable)).toBe('resized');
    expect(await reserved()).toEqual({ cpuMillicores: 600, memoryMiB: 768 });
    expect(await nodes.resizeReservation('resizable', 'NOBODY', { cpuMillicores: 100, memoryMiB: 128 }, allocatable)).toBe('absent');
    await nodes.release('resizable', 'SMALL');
    expect(await reserved()).toEqual({ cpuMillicores: 400, memoryMiB: 512 });
  });
});
