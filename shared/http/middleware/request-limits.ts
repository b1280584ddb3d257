import type { MiddlewareObj } from '@middy/core';
import { AppError } from '../../errors/app-error';
import type { HttpEvent } from '../http-event';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const MAX_URL_BYTES = 4096;

export interface RequestLimitOptions {
  maxBodyBytes?: number;
}

/** Refuses an oversized URL (414) or body (413) before any work is done on it. */
export const requestLimits = ({ maxBodyBytes = DEFAULT_MAX_BODY_BYTES }: RequestLimitOptions = {}): MiddlewareObj<HttpEvent> => ({
  before: ({ event }) => {
    const urlBytes = Buffer.byteLength(event.rawPath ?? '') + Buffer.byteLength(event.rawQueryString ?? '');
    if (urlBytes > MAX_URL_BYTES) {
      throw new AppError('uri-too-long', `The URL is ${urlBytes} bytes; the limit is ${MAX_URL_BYTES}.`);
    }
    if (!event.body) return;
    const bodyBytes = event.isBase64Encoded ? Math.floor((event.body.length * 3) / 4) : Buffer.byteLength(event.body);
    if (bodyBytes > maxBodyBytes) {
      throw new AppError('payload-too-large', `The body is ${bodyBytes} bytes; the limit is ${maxBodyBytes}.`, {
        errors: [{ field: 'body', message: `must be at most ${maxBodyBytes} bytes` }],
      });
    }
  },
});
