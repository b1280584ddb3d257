import { AppError } from '../errors/app-error';
import { type HttpEvent, type HttpResponse, requestIdOf } from './http-event';
import { toProblemResponse } from './problem';

/** What a route's handler module exports: the middy handler API Gateway would call directly. */
export interface RouteModule {
  handler: (event: HttpEvent, context: any) => Promise<HttpResponse>;
}

/** Route keys as API Gateway sends them (`GET /v1/services/{slug}`, `$default`), each with its module's loader. */
export type RouteLoaders = Readonly<Record<string, () => Promise<RouteModule>>>;

/**
 * The handler of one Lambda function that serves several routes (infra/aws/http-function-groups.ts): it
 * picks the route's module by the event's route key and loads it at that route's first call, so a cold
 * start pays for the route it serves, not for every route of the function. API Gateway only sends this
 * function the route keys it was given, so another key means the function and its routes disagree: a 404
 * problem, as the API's own `$default` would answer, never an import of the wrong module.
 */
export const routeDispatcher =
  (loaders: RouteLoaders) =>
  async (event: HttpEvent, context: unknown): Promise<HttpResponse> => {
    const load = Object.hasOwn(loaders, event.routeKey) ? loaders[event.routeKey] : undefined;
    if (!load) return toProblemResponse(new AppError('not-found', 'No route of this function matches the request.'), { requestId: requestIdOf(event) });
    const module = await load();
    return module.handler(event, context);
  };
