import { GetCommand } from '../../../shared/aws/dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../shared/data/keys';
import { batchTally } from '../../../shared/webhooks/batch-tally';
import { dynamoDeliveryTallyStore } from '../../../shared/webhooks/dynamo-delivery-tally-store';
import { attachCapacityRecorder } from '../../../bench/capacity-recorder';
import { useDynamoDbTable } from '../../support/dynamodb';

/** The hourly webhook tally behind /v1/admin/stats' success rate, on DynamoDB Local. */
const table = useDynamoDbTable('delivery-tally');

describe('the webhook delivery tally', () => {
  it('counts attempts per hour and sums the hours from the given one on, leaving older hours out', async () => {
    const tally = dynamoDeliveryTallyStore(table().doc, table().tableName);
    const at = (iso: string) => new Date(iso);
    await Promise.all([
      tally.add(at('2026-11-25T03:59:59Z'), { succeeded: 1, failed: 0 }), // the hour before the window
      tally.add(at('2026-11-25T03:10:00Z'), { succeeded: 0, failed: 1 }),
      tally.add(at('2026-11-25T04:00:00Z'), { succeeded: 1, failed: 0 }),
      tally.add(at('2026-11-25T04:30:00Z'), { succeeded: 1, failed: 1 }),
      tally.add(at('2026-11-26T03:20:00Z'), { succeeded: 1, failed: 0 }),
    ]);
    expect(await tally.since(at('2026-11-25T04:15:00Z'))).toEqual({ succeeded: 3, failed: 1 });
    expect(await tally.since(at('2026-11-25T03:00:00Z'))).toEqual({ succeeded: 4, failed: 2 });
    expect(await tally.since(at('2026-11-27T00:00:00Z'))).toEqual({ succeeded: 0, failed: 0 });

    // Each hour's item ages out by TTL, three days after its hour began.
    const { Item } = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.webhookTally('2026-11-25T04') }));
    expect(Item).toMatchObject({ succeeded: 2, failed: 1, expiresAt: Date.parse('2026-11-28T04:00:00Z') / 1000 });
  });

  it('writes a batch’s attempts once per hour they fall in, and nothing for a batch that made none', async () => {
    const tally = dynamoDeliveryTallyStore(table().doc, table().tableName);
    const requests = attachCapacityRecorder(table().doc);
    const batch = batchTally();
    await batch.flush(tally);
    expect(requests.take().map((command) => command.operation)).toEqual([]);
    for (const [succeeded, iso] of [[true, '2026-12-01T10:00:01Z'], [false, '2026-12-01T10:59:59Z'], [true, '2026-12-01T10:30:00Z'], [true, '2026-12-01T11:00:00Z']] as const) batch.count(succeeded, new Date(iso));
    await batch.flush(tally);
    expect(requests.take().map((command) => command.operation)).toEqual(['UpdateItem', 'UpdateItem']);
    // Flushed means emptied: the next batch starts from zero.
    await batch.flush(tally);
    expect(requests.take().map((command) => command.operation)).toEqual([]);
    requests.detach();
    expect(await tally.since(new Date('2026-12-01T10:00:00Z'))).toEqual({ succeeded: 3, failed: 1 });
  });
});
