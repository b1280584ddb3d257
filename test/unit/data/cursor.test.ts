import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../shared/data/cursor';
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
  ])('refuses %s as a 400 on query.cursor', (_name, cursor) => {
    try {
      decodeCursor(cursor, { GSI1PK: 'SERVICES#ACTIVE' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).errors).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
    }
  });
});
