import * as z from 'zod';

export const PASSWORD_MIN_LENGTH = 12;
/** A cap keeps one request from making the hash work on megabytes. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * OWASP ASVS 2.1: a minimum length, a generous maximum, no composition rules, and no common password (that
 * last check is common-passwords.ts, called by the use cases that set one, so only their bundles carry it).
 */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .meta({ example: 'correct horse battery staple', description: `${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters, not a common password` });
