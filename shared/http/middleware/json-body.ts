import type { MiddlewareObj } from '@middy/core';
import { AppError } from '../../errors/app-error';
import { headerOf, type HttpEvent } from '../http-event';

const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;.*)?$/i;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes and parses a JSON body into `event.jsonBody`. Non-JSON media types get 415, bytes that are not
 * UTF-8 and broken JSON get 400, each naming the problem; the raw body is never echoed back.
 */
export const jsonBody = (): MiddlewareObj<HttpEvent> => ({
  before: ({ event }) => {
    if (event.body === undefined || event.body === null || event.body === '') return;
    const contentType = headerOf(event, 'content-type');
    if (!contentType || !JSON_MEDIA_TYPE.test(contentType)) {
      throw new AppError('unsupported-media-type', 'The body must be JSON, sent with Content-Type: application/json.', {
        errors: [{ field: 'header.content-type', message: `expected application/json, got ${contentType ? JSON.stringify(contentType.slice(0, 100)) : 'none'}` }],
      });
    }
    let text: string;
    try {
      text = event.isBase64Encoded ? strictUtf8.decode(Buffer.from(event.body, 'base64')) : event.body;
    } catch {
      throw new AppError('malformed-json', 'The body is not valid UTF-8.', {
        errors: [{ field: 'body', message: 'is not valid UTF-8' }],
      });
    }
    try {
      event.jsonBody = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message.slice(0, 200) : 'nesting too deep';
      throw new AppError('malformed-json', `The body is not valid JSON: ${reason}`, {
        errors: [{ field: 'body', message: 'is not valid JSON' }],
      });
    }
  },
});
