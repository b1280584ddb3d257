import { createHash } from 'node:crypto';

/**
 * SHA-256 as base64url: how the platform stores what must never be stored as given (high-entropy secrets and
 * tokens, which need no slow hash) and keys what it only compares (a request's fingerprint, a counter's key).
 */
export const sha256Base64url = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** A counter's key part for a value that must not be stored as given (an address, an email): 32 characters. */
export const shortHash = (text: string): string => sha256Base64url(text).slice(0, 32);

/** What an Idempotency-Key's first request asked for, to tell a replay from a reuse of the key for another request. */
export const requestFingerprint = (...parts: unknown[]): string => sha256Base64url(JSON.stringify(parts));
