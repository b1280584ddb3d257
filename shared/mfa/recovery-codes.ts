import { createHash, randomInt } from 'node:crypto';

/**
 * Recovery codes: ten, each 16 characters of Crockford's base32 (80 random bits, so a SHA-256 of it is as
 * safe to store as a hash of any random secret), shown once in groups of four; each works once.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const newCode = () => {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return chars.match(/.{4}/g)!.join('-');
};

export const newRecoveryCodes = (): string[] => Array.from({ length: RECOVERY_CODE_COUNT }, newCode);

/** Whether a presented code has a recovery code's form (dashes and case do not matter). */
export const looksLikeRecoveryCode = (code: string) => /^[0-9A-Za-z]{16}$/.test(code.replaceAll('-', ''));

export const hashRecoveryCode = (code: string) => createHash('sha256').update(code.replaceAll('-', '').toUpperCase()).digest('base64url');
