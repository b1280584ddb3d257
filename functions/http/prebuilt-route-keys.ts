import type { RouteDefinition } from '../../shared/http/route';

/** What the fallback matches a request against: each route's method and path, and nothing of its schemas. */
export type RouteKey = Pick<RouteDefinition, 'method' | 'path'>;

/**
 * Replaced by esbuild `define` when the bundle is made (functions/bundle-files.ts `bundleDefines`): the JSON
 * of the route table's methods and paths as a string literal, written where it is used, in the fallback's
 * chunk; absent unbundled.
 */
declare const __ROUTE_KEYS__: string | undefined;

/**
 * The route keys the bundle carries; undefined when running unbundled (tests, `npm start`), where the
 * fallback imports the route table itself. Importing the table built every route's schemas (~2,000 zod
 * objects) at the fallback's cold start only to read two strings of each (issue 21).
 */
export const prebuiltRouteKeys = (carried: string | undefined = typeof __ROUTE_KEYS__ === 'string' ? __ROUTE_KEYS__ : undefined): RouteKey[] | undefined =>
  carried === undefined ? undefined : (JSON.parse(carried) as RouteKey[]);
