import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '../../../infra/local/dynamodb-local';
import { freePort } from '../../../infra/local/free-port';
import { portListener, PortTakenError, startOnFreePort } from '../../../infra/local/port-owner';
import { startStripeMock } from '../../../infra/stripe-mock/start-stripe-mock';

/**
 * Two engines started at once can be handed the same free port; the one that loses the bind exits, but its
 * readiness probe may be answered by the winner first. These start real engines on a port another one holds.
 */
// Up to three JVMs (DynamoDB Local) start one after another in a test: seconds each on a quiet machine, but a
// loaded CI machine stretched one test past the default 30 s, so these get the time engine-starting suites have.
describe('engines started on a port another engine holds', { timeout: 120_000 }, () => {
  it('tells our own listener from another process\'s', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    // A process that holds no socket, as an engine that lost the bind.
    const bystander = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      expect(portListener(process.pid, port)).toBe('ours');
      expect(portListener(bystander.pid!, port)).toBe('another');
    } finally {
      bystander.kill('SIGKILL');
      await new Promise((resolve) => server.close(resolve));
    }
    expect(portListener(process.pid, port)).toBe('none');
  });

  it('a DynamoDB Local whose port is held by another refuses with PortTakenError instead of using the holder', async () => {
    const holder = await startDynamoDbLocal();
    try {
      await expect(startDynamoDbLocal({ port: holder.port })).rejects.toBeInstanceOf(PortTakenError);
    } finally {
      await holder.stop();
    }
  });

  it('a start without a chosen port moves to another free port when the first was taken meanwhile', async () => {
    const holder = await startDynamoDbLocal();
    const offered: number[] = [];
    // The first port offered is the holder's, as when two starts are handed the same one.
    const ports = [holder.port];
    const nextPort = async () => {
      const port = ports.shift() ?? (await freePort());
      offered.push(port);
      return port;
    };
    try {
      const second = await startOnFreePort(undefined, nextPort, async (port) => {
        const started = await startDynamoDbLocal({ port });
        return started;
      });
      try {
        expect(offered[0]).toBe(holder.port);
        expect(second.port).not.toBe(holder.port);
        expect(offered).toHaveLength(2);
      } finally {
        await second.stop();
      }
    } finally {
      await holder.stop();
    }
  });

  it('a stripe-mock whose port is held by another refuses with PortTakenError', async () => {
    const holder = await startStripeMock();
    try {
      await expect(startStripeMock({ port: Number(new URL(holder.url).port) })).rejects.toBeInstanceOf(PortTakenError);
    } finally {
      await holder.stop();
    }
  });
});
