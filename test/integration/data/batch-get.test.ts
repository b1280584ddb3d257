import { BatchWriteCommand } from '../../../shared/aws/dynamodb';
import { describe, expect, it } from 'vitest';
import { batchGetItems } from '../../../shared/data/batch-get';
import { useDynamoDbTable } from '../../support/dynamodb';

const table = useDynamoDbTable('batch-get');
const keyOf = (n: number) => ({ PK: `ITEM#${n}`, SK: 'ITEM' });

describe('batchGetItems (DynamoDB Local)', () => {
  it('reads more keys than one request takes, leaves missing ones out, and projects the attributes asked for', async () => {
    const stored = Array.from({ length: 230 }, (_, n) => ({ ...keyOf(n), n, name: `item ${n}`, secret: 'not asked for' }));
    for (let start = 0; start < stored.length; start += 25) {
      await table().doc.send(new BatchWriteCommand({ RequestItems: { [table().tableName]: stored.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })) } }));
    }
    const wanted = [...Array.from({ length: 230 }, (_, n) => keyOf(n)), keyOf(999), keyOf(1000)];

    const items = await batchGetItems(table().doc, table().tableName, wanted, { consistentRead: true, attributes: ['n', 'name'] });

    expect(items.map((item) => item.n as number).sort((a, b) => a - b)).toEqual(stored.map((item) => item.n));
    expect(items.every((item) => Object.keys(item).sort().join() === 'n,name')).toBe(true);
    expect(await batchGetItems(table().doc, table().tableName, [])).toEqual([]);
  });
});
