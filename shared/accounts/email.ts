import * as z from 'zod';
import { AppError } from '../errors/app-error';

/**
 * One person, one account: emails are compared after Unicode normalisation, trimming and lower-casing, so
 * " Ada@Example.COM" and "ada@example.com" are the same address.
 */
export const normalizeEmail = (email: string): string => email.normalize('NFKC').trim().toLowerCase();

export const emailSchema = z
  .string()
  .max(254)
  .transform(normalizeEmail)
  .pipe(z.email('must be an email address'))
  .meta({ example: 'ada@example.com' });

/** Another account holds the address (its email claim): 409 naming `body.email`. */
export class EmailTakenError extends AppError {
  constructor() {
    super('conflict', 'An account with this email already exists.', { errors: [{ field: 'body.email', message: 'belongs to another account' }] });
  }
}
