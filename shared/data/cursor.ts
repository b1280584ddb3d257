import * as z from 'zod';
import { validationError } from '../errors/app-error';

/** A DynamoDB key as it appears in LastEvaluatedKey: the table's and the index's string attributes. */
const keySchema = z.record(z.string().regex(/^[A-Za-z0-9]{1,16}$/), z.string().max(1024)).refine((key) => Object.keys(key).length <= 4);
export type PageKey = z.infer<typeof keySchema>;

export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

/**
 * Reads a cursor a client sent back. It must decode to a key of the expected shape, and it is pinned to the
 * partition being listed: a cursor from another list (another customer's, say) is refused, not followed.
 */
export const decodeCursor = (cursor: string | undefined, pinned: Record<string, string>): PageKey | undefined => {
  if (cursor === undefined) return undefined;
  const refuse = () => validationError([{ field: 'query.cursor', message: 'is not a cursor this list issued' }]);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  const parsed = keySchema.safeParse(decoded);
  if (!parsed.success) throw refuse();
  for (const [attribute, value] of Object.entries(pinned)) if (parsed.data[attribute] !== value) throw refuse();
  return parsed.data;
};
