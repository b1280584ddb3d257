import { BatchWriteCommand } from '../../../shared/aws/dynamodb';
import { describe, expect, it } from 'vitest';
import { queryPage, type PageQuery } from '../../../shared/data/query-page';
import { AppError } from '../../../shared/errors/app-error';
import { statusForErrorType } from '../../../shared/http/problem';
import { useDynamoDbTable } from '../../support/dynamodb';

const table = useDynamoDbTable('query-page');
const pad = (n: number) => String(n).padStart(3, '0');

const putAll = async (items: Record<string, unknown>[]) => {
  for (let start = 0; start < items.length; start += 25) {
    await table().doc.send(new BatchWriteCommand({ RequestItems: { [table().tableName]: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
};

/** Follows the cursors the pages issue, as a client does, and tells how many pages it took. */
const readAll = async (query: Omit<PageQuery, 'tableName'>, limit: number) => {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await queryPage(table().doc, { ...query, tableName: table().tableName }, { limit, cursor }, (item) => item);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  return { items, pages };
};

const cursorRefusal = { type: 'validation', errors: [{ field: 'query.cursor', message: 'is not a cursor this list issued' }] };

describe('queryPage (DynamoDB Local)', () => {
  it('pages through a sort-key prefix newest first with the cursors it issues, leaving the rest of the partition out', async () => {
    await putAll([
      ...Array.from({ length: 23 }, (_, n) => ({ PK: 'LIST#a', SK: `ITEM#${pad(n)}`, n })),
      // Same partition, another prefix on either side of `ITEM#`, and another partition: none of them listed.
      { PK: 'LIST#a', SK: 'AAA#1', n: -1 },
      { PK: 'LIST#a', SK: 'ZZZ#1', n: -1 },
      { PK: 'LIST#b', SK: 'ITEM#999', n: -1 },
    ]);

    const { items, pages } = await readAll({ partition: { PK: 'LIST#a' }, sortKey: { beginsWith: 'ITEM#' }, descending: true }, 5);

    expect(items.map((item) => item.n)).toEqual(Array.from({ length: 23 }, (_, n) => 22 - n));
    expect(pages).toBe(5);
  });

  it('reads an index partition in key order up to an inclusive bound, only the attributes asked for', async () => {
    await putAll(
      Array.from({ length: 12 }, (_, n) => ({ PK: `DATED#${n}`, SK: 'ITEM', GSI2PK: 'DATED', GSI2SK: `2025-01-${pad(n + 1)}#x`, n, status: 'ACTIVE', secret: 'never read' })),
    );

    const { items } = await readAll({ partition: { GSI2PK: 'DATED' }, sortKey: { atMost: '2025-01-009~' }, attributes: ['n', 'status'] }, 4);

    expect(items.map((item) => item.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(items.every((item) => Object.keys(item).sort().join() === 'n,status')).toBe(true);
  });

  it('filters after reading: short pages still lead on to every match', async () => {
    await putAll(Array.from({ length: 22 }, (_, n) => ({ PK: `FILTERED#${n}`, SK: 'ITEM', GSI1PK: 'FILTERED', GSI1SK: pad(n), n, status: n % 3 === 0 ? 'KEEP' : 'DROP' })));

    const { items, pages } = await readAll(
      { partition: { GSI1PK: 'FILTERED' }, filter: { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': 'KEEP' } }, descending: true },
      4,
    );

    expect(items.map((item) => item.n)).toEqual([21, 18, 15, 12, 9, 6, 3, 0]);
    expect(pages).toBe(6);
  });

  it("refuses a cursor of another partition, or of the table for an index's list, as a 400 on query.cursor", async () => {
    await putAll(Array.from({ length: 3 }, (_, n) => ({ PK: 'OWNER#mine', SK: `ITEM#${n}`, GSI1PK: 'OWNERS', GSI1SK: `mine#${n}` })));
    const mine = await queryPage(table().doc, { tableName: table().tableName, partition: { PK: 'OWNER#mine' } }, { limit: 1 }, (item) => item);
    expect(mine.nextCursor).toBeDefined();

    const theirs = queryPage(table().doc, { tableName: table().tableName, partition: { PK: 'OWNER#theirs' } }, { limit: 1, cursor: mine.nextCursor }, (item) => item);
    await expect(theirs).rejects.toBeInstanceOf(AppError);
    await expect(theirs).rejects.toMatchObject(cursorRefusal);
    expect(statusForErrorType('validation')).toBe(400);

    const index = queryPage(table().doc, { tableName: table().tableName, partition: { GSI1PK: 'OWNERS' } }, { limit: 1, cursor: mine.nextCursor }, (item) => item);
    await expect(index).rejects.toMatchObject(cursorRefusal);
  });
});
