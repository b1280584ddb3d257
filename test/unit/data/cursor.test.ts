import { describe, expect, it } from 'vitest';
import { asCursorRefusal, decodeCursor, encodeCursor } from '../../../shared/data/cursor';
import { AppError } from '../../../shared/errors/app-error';

const key = { PK: 'SERVICE#n8n', SK: 'SERVICE', GSI1PK: 'SERVICES#ACTIVE', GSI1SK: 'SERVICE#n8n' };

describe('opaque cursors', () => {
  it('round-trips a key pinned to its partition', () => {
    const cursor = encodeCursor(key)!;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, { GSI1PK: 'SERVICES#ACTIVE' })).toEqual(key);
  });

  it('gives no cursor on the last page and no key for no cursor', () => {
    expect(encodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor(undefined, { GSI1PK: 'x' })).toBeUndefined();
  });

  it.each([
    ['another partition', encodeCursor({ ...key, GSI1PK: 'USER#other' })!],
    ['not base64 JSON', '%%%'],
    ['JSON of the wrong shape', Buffer.from('[1,2]').toString('base64url')],
    ['nested values', Buffer.from(JSON.stringify({ PK: { S: 'x' } })).toString('base64url')],
    ['too many attributes', encodeCursor({ a: '1', b: '2', c: '3', d: '4', e: '5' })!],
    // Found by the contract fuzzer: DynamoDB fails the query on these start keys, which was a 500.
    ['an attribute the key does not have', encodeCursor({ ...key, GSI1SK: undefined, zz: 'extra' })!],
    ["the index's sort key missing", encodeCursor({ ...key, GSI1SK: undefined })!],
    ['the table key for an index list', encodeCursor({ PK: key.PK, SK: key.SK, GSI1PK: key.GSI1PK })!],
    ['an empty key value', encodeCursor({ ...key, SK: '' })!],
    ['a key value over 1024 bytes', encodeCursor({ ...key, SK: 'é'.repeat(600) })!],
  ])('refuses %s as a 400 on query.cursor', (_name, cursor) => {
    try {
      decodeCursor(cursor, { GSI1PK: 'SERVICES#ACTIVE' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).errors).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
    }
  });

  it.each([
    'The provided starting key does not match the range key predicate',
    "Exclusive Start Key must have same size as table's key schema",
    'The provided starting key is invalid: The provided key element does not match the schema',
  ])('turns DynamoDB refusing a start key into the 400 of a foreign cursor: %s', (message) => {
    const refusal = asCursorRefusal(Object.assign(new Error(message), { name: 'ValidationException' }));
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).errors).toEqual([{ field: 'query.cursor', message: 'is not a cursor this list issued' }]);
  });

  it('leaves every other error as it is', () => {
    const other = Object.assign(new Error('One or more parameter values were invalid'), { name: 'ValidationException' });
    expect(asCursorRefusal(other)).toBe(other);
    const throttled = Object.assign(new Error('starting key'), { name: 'ThrottlingException' });
    expect(asCursorRefusal(throttled)).toBe(throttled);
  });
});
