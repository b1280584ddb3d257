import type { MiddlewareObj } from '@middy/core';
import { asCursorRefusal } from '../../data/cursor';
import { isAppError } from '../../errors/app-error';
import { errorFields } from '../../logging/error-fields';
import { logger } from '../../logging/logger';
import { requestIdOf, type HttpEvent } from '../http-event';
import { toProblemResponse } from '../problem';

/**
 * Turns any error into an RFC 9457 problem response. Client errors (DynamoDB's refusal of a cursor's start
 * key among them) are logged at info with their type; anything else is logged by name and message (no stack,
 * no attached data) and answered with a bare 500.
 */
export const problemErrors = (): MiddlewareObj<HttpEvent> => ({
  onError: (request) => {
    const { event } = request;
    const error = asCursorRefusal(request.error);
    if (isAppError(error) && error.expose) {
      logger.info('request refused', { errorType: error.type, detail: error.message });
    } else {
      logger.error('request failed', errorFields(error));
    }
    request.response = toProblemResponse(error, { requestId: requestIdOf(event), instance: event.rawPath });
  },
});
