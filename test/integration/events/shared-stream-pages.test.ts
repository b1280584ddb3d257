import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { PutCommand } from '../../../shared/aws/dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStreamPages } from '../../../infra/local/stream-pages';
import { startStreamPoller } from '../../../infra/local/stream-poller';
import { useDynamoDbTable } from '../../support/dynamodb';
import { until } from '../../support/provisioning';

/**
 * The local stream pollers of one table share their reads of the stream (infra/local/stream-pages.ts): a
 * page is read once for every poller at the same place, while each keeps its own checkpoint and retries.
 */
const table = useDynamoDbTable('shared-stream-pages');
afterEach(() => vi.restoreAllMocks());

const getRecordsCalls = () => {
  const send = vi.spyOn(DynamoDBStreamsClient.prototype, 'send');
  return () => send.mock.calls.filter(([command]) => command.constructor.name === 'GetRecordsCommand').length;
};
const put = (pk: string) => table().doc.send(new PutCommand({ TableName: table().tableName, Item: { PK: pk, SK: 'X', type: 'Thing' } }));
const keysOf = (records: DynamoDBRecord[]) => records.map((record) => record.dynamodb?.Keys?.PK?.S);

const threePollers = async (invoke?: (name: string, records: DynamoDBRecord[]) => void) => {
  const pages = await openStreamPages({ dynamodb: table().client, endpoint: table().endpoint, tableName: table().tableName });
  const seen: Record<string, string[]> = { a: [], b: [], c: [] };
  const pollers = await Promise.all(
    Object.keys(seen).map((name) =>
      startStreamPoller({
        dynamodb: table().client,
        endpoint: table().endpoint,
        tableName: table().tableName,
        pages,
        // An hour between timed polls: only a nudge or a drain reads the stream.
        intervalMs: 3_600_000,
        consumer: {
          name,
          filter: { eventName: ['INSERT'] },
          batchSize: 10,
          retryAttempts: 5,
          invoke: async ({ Records }) => {
            invoke?.(name, Records);
            seen[name]!.push(...(keysOf(Records) as string[]));
          },
        },
      }),
    ),
  );
  // New pollers start at the stream's beginning: the earlier tests' records are handed over and set aside.
  for (const poller of pollers) await poller.drain();
  for (const keys of Object.values(seen)) keys.length = 0;
  return {
    seen,
    pollers,
    /** What the local platform does on each write of its client: tell the pages, nudge every poller. */
    written: () => {
      pages.written();
      for (const poller of pollers) poller.nudge();
    },
    stop: async () => {
      for (const poller of pollers) await poller.stop();
      pages.close();
    },
  };
};

describe('stream pages shared by the pollers of a table', () => {
  it('reads a page once for three pollers nudged by a write, and hands each its records', async () => {
    const local = await threePollers();
    try {
      const count = getRecordsCalls();
      await put('ONE');
      local.written();
      await until(async () => local.seen, (seen) => Object.values(seen).every((keys) => keys.includes('ONE')), 'every poller to get the record', 10_000);
      expect(count()).toBe(1);
      expect(local.seen).toEqual({ a: ['ONE'], b: ['ONE'], c: ['ONE'] });
    } finally {
      await local.stop();
    }
  });

  it('never hands out a page read before a write as if it were read after it: a drain reads the stream again', async () => {
    const local = await threePollers();
    try {
      await put('FIRST');
      local.written();
      await until(async () => local.seen, (seen) => Object.values(seen).every((keys) => keys.includes('FIRST')), 'the first record', 10_000);
      // Written by a client nobody listens to: no nudge, no new generation; a drain must still see it.
      await put('UNANNOUNCED');
      for (const poller of local.pollers) await poller.drain();
      expect(local.seen).toEqual({ a: ['FIRST', 'UNANNOUNCED'], b: ['FIRST', 'UNANNOUNCED'], c: ['FIRST', 'UNANNOUNCED'] });
    } finally {
      await local.stop();
    }
  });

  it('lets a poller whose consumer fails retry from its own checkpoint while the others go on, each record once to each', async () => {
    let failures = 1;
    const local = await threePollers((name) => {
      if (name === 'b' && failures > 0) {
        failures -= 1;
        throw new Error('consumer b is down for a moment');
      }
    });
    try {
      await put('P1');
      local.written();
      await until(async () => local.seen, (seen) => seen.a!.includes('P1') && seen.c!.includes('P1'), 'a and c to get P1', 10_000);
      await put('P2');
      local.written();
      await until(async () => local.seen, (seen) => Object.values(seen).every((keys) => keys.includes('P2')), 'every poller to get P2', 10_000);
      expect(local.seen).toEqual({ a: ['P1', 'P2'], b: ['P1', 'P2'], c: ['P1', 'P2'] });
    } finally {
      await local.stop();
    }
  });
});
