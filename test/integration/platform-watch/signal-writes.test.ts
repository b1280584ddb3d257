import { describe, expect, it } from 'vitest';
import { attachCapacityRecorder } from '../../../bench/capacity-recorder';
import { dynamoSignalStore } from '../../../shared/platform-watch/dynamo-signal-store';
import { watchPlatform } from '../../../shared/platform-watch/watch-platform';
import { useDynamoDbTable } from '../../support/dynamodb';

/**
 * What the platform watch sends to DynamoDB Local: one query for the signals' last states, and a write only
 * for a signal whose state changed. No node at all is low capacity; no queue, no DLQ signal.
 */
const table = useDynamoDbTable('platform-watch-writes');

const watchWith = (nodes: unknown[]) =>
  watchPlatform({
    nodes: { healthyWithReservations: async () => nodes as never },
    queues: [],
    admin: { depth: async () => ({ visible: 0, inFlight: 0 }) as never },
    signals: dynamoSignalStore(table().doc, table().tableName),
    capacityLowPercent: 20,
    now: () => new Date('2026-12-07T02:00:00.000Z'),
  });

describe('the platform watch’s requests', () => {
  it('writes a signal once when it changes, and on a run that changes nothing only reads', async () => {
    const recorder = attachCapacityRecorder(table().doc);
    try {
      expect((await watchWith([])).changed).toEqual(['capacity: raised']);
      expect(recorder.take().map((command) => command.operation)).toEqual(['Query', 'TransactWriteItems']);

      expect((await watchWith([])).changed).toEqual([]);
      expect(recorder.take().map((command) => command.operation)).toEqual(['Query']);
    } finally {
      recorder.detach();
    }
  });
});
