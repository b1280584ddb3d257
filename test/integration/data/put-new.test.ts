import { GetCommand } from '../../../shared/aws/dynamodb';
import { describe, expect, it } from 'vitest';
import { putNew } from '../../../shared/data/put-new';
import { useDynamoDbTable } from '../../support/dynamodb';
import { clientLosingFirstAnswer } from '../../support/client-losing-first-answer';

const table = useDynamoDbTable('put-new');

describe('putNew: a create that never overwrites, and survives its own retry', () => {
  it('an attempt written but not answered, then retried, is a success, not a failed condition', async () => {
    const { tableName } = table();
    const flaky = clientLosingFirstAnswer(table().endpoint);
    const item = { PK: 'PUTNEW#1', SK: 'ITEM', id: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', secret: 'whsec_abc', list: [], nested: { a: 1 }, absent: undefined };
    await putNew(flaky.doc, tableName, item);
    expect(flaky.attempts()).toBe(2);
    expect((await table().doc.send(new GetCommand({ TableName: tableName, Key: { PK: 'PUTNEW#1', SK: 'ITEM' } }))).Item).toMatchObject({ id: item.id, secret: 'whsec_abc' });
  });

  it('another item under the same key is still a failed condition, and is left as it was', async () => {
    const { doc, tableName } = table();
    await putNew(doc, tableName, { PK: 'PUTNEW#2', SK: 'ITEM', secret: 'first' });
    await expect(putNew(doc, tableName, { PK: 'PUTNEW#2', SK: 'ITEM', secret: 'second' })).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect((await doc.send(new GetCommand({ TableName: tableName, Key: { PK: 'PUTNEW#2', SK: 'ITEM' } }))).Item?.secret).toBe('first');
  });
});
