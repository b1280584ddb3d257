import { routes } from '../routes';

/**
 * The bundle-time value of the fallback's module (functions/bundle-files.ts `bundleDefines`): the methods
 * and paths of the route table the bundle is made from, as prebuilt-route-keys.ts reads them. Run by the
 * bundler, never by a function.
 */
export const prebuiltRouteKeysDefines = (): Record<string, string> => ({
  __ROUTE_KEYS__: JSON.stringify(JSON.stringify(routes.map(({ method, path }) => ({ method, path })))),
});
