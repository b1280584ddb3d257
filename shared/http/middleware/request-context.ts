import type { MiddlewareObj } from '@middy/core';
import { logger } from '../../logging/logger';
import { requestIdOf, type HttpEvent, type HttpResponse } from '../http-event';

const startedAt = new WeakMap<object, number>();

/**
 * Tags every log line of the invocation with the request id and route, echoes the id in `x-request-id`,
 * and writes one access-log line per request (method, route, status, duration; never bodies or headers).
 */
export const requestContext = (routeKey: string): MiddlewareObj<HttpEvent, HttpResponse> => {
  const finish = (request: { event: HttpEvent; response: HttpResponse | null | undefined }) => {
    const response = request.response;
    if (!response) return;
    response.headers = { ...response.headers, 'x-request-id': requestIdOf(request.event) };
    const began = startedAt.get(request.event);
    logger.info('request', {
      method: request.event.requestContext?.http?.method,
      route: routeKey,
      status: response.statusCode,
      durationMs: began === undefined ? undefined : Math.round(performance.now() - began),
    });
  };
  return {
    before: ({ event }) => {
      startedAt.set(event, performance.now());
      logger.appendKeys({ requestId: requestIdOf(event), route: routeKey });
    },
    after: finish,
    onError: finish,
  };
};
