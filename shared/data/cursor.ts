import * as z from 'zod';
import { validationError } from '../errors/app-error';
import { tableDesign } from './table-design';

/** A DynamoDB key as it appears in LastEvaluatedKey: the table's and the index's string attributes. */
const keySchema = z
  .record(
    z.string().regex(/^[A-Za-z0-9]{1,16}$/),
    // DynamoDB refuses an empty key value and a sort key over 1024 bytes.
    z.string().min(1).refine((value) => Buffer.byteLength(value) <= 1024),
  )
  .refine((key) => Object.keys(key).length <= 4);

/**
 * The attributes a start key of the list has: the table's key, and the index's when the list reads one (the
 * pinned partition attribute says which). DynamoDB fails the query on any other set, so it is a 400 here.
 */
const keyAttributesOf = (pinned: Record<string, string>): string[] => {
  const index = tableDesign.globalIndexes.find((candidate) => candidate.partitionKey in pinned);
  return [tableDesign.partitionKey, tableDesign.sortKey, ...(index ? [index.partitionKey, index.sortKey] : [])].sort();
};
export type PageKey = z.infer<typeof keySchema>;

export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

const foreignCursor = () => validationError([{ field: 'query.cursor', message: 'is not a cursor this list issued' }]);

/**
 * DynamoDB's own refusal of a start key that decoded well but is not a key of the query it went to (a page of
 * another filter, outside the sort-key prefix or range): only cursors bring start keys, so it is the client's
 * 400 like any foreign cursor, never a 500 (found by the contract fuzzer). Any other error is returned as is.
 */
export const asCursorRefusal = (error: unknown): unknown =>
  error instanceof Error && error.name === 'ValidationException' && /start(ing)? key/i.test(error.message) ? foreignCursor() : error;

/**
 * Reads a cursor a client sent back. It must decode to a key of the expected shape, and it is pinned to the
 * partition being listed: a cursor from another list (another customer's, say) is refused, not followed.
 */
export const decodeCursor = (cursor: string | undefined, pinned: Record<string, string>): PageKey | undefined => {
  if (cursor === undefined) return undefined;
  const refuse = foreignCursor;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  const parsed = keySchema.safeParse(decoded);
  if (!parsed.success) throw refuse();
  if (Object.keys(parsed.data).sort().join() !== keyAttributesOf(pinned).join()) throw refuse();
  for (const [attribute, value] of Object.entries(pinned)) if (parsed.data[attribute] !== value) throw refuse();
  return parsed.data;
};
