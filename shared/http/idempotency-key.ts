import { validationError } from '../errors/app-error';
import { headerOf } from './http-event';

/** The `Idempotency-Key` header: optional; when sent, 1 to 255 visible ASCII characters (422 naming it otherwise). */
export const idempotencyKeyOf = (event: Parameters<typeof headerOf>[0]): string | undefined => {
  const value = headerOf(event, 'idempotency-key');
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(value)) throw validationError([{ field: 'header.idempotency-key', message: 'must be 1 to 255 visible ASCII characters' }]);
  return value;
};
