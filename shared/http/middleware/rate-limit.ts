import type { MiddlewareObj } from '@middy/core';
import { customerOf } from '../../auth/principal';
import { configuredLimit, type CallCounter, type CallLimit } from '../../rate-limit/call-limit';
import type { RateLimiter } from '../../rate-limit/rate-limiter';
import { spendCall } from '../../rate-limit/spend-call';
import type { HttpEvent } from '../http-event';
import { shortHash } from '../../crypto/sha256';

export type CallLimiter = Pick<RateLimiter, 'check' | 'recordFailure'>;

/** Addresses are counted by a hash, so the table never holds a caller's address in clear. */
const hashed = shortHash;

/**
 * Counts each call of a rate-limited route against its caller (the customer, or the source address of a
 * public route) once the request is authenticated and valid, so a malformed request costs the caller
 * nothing, and refuses past the limit with 429, Retry-After and the limit in the problem's detail.
 */
export const rateLimit = (counter: CallCounter, limiter: () => CallLimiter): MiddlewareObj<HttpEvent> => {
  let limit: CallLimit | undefined;
  return {
    before: async ({ event }) => {
      limit ??= configuredLimit(counter);
      const subject = counter.per === 'customer' ? customerOf(event.principal).userId : hashed(event.requestContext?.http?.sourceIp ?? 'unknown');
      const whose = counter.per === 'customer' ? 'by this customer' : 'from this address';
      await spendCall(limiter(), { scope: counter.scope, subject, ...limit }, `${counter.what} ${whose}`);
    },
  };
};
