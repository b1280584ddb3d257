import { swaggerUiFiles } from './docs/docs-package-files';
import { prebuiltRouteKeysDefines } from './http/prebuilt-route-keys-defines';
import { prebuiltOpenApiDefines } from './openapi/prebuilt-openapi-defines';

/**
 * Files a handler module reads at run time rather than imports, as paths under node_modules. esbuild cannot
 * see them, so each function built from the module gets them copied into its bundle under node_modules/,
 * where the module's own `require.resolve` finds them as it finds the repository's copy locally.
 */
export const bundleFiles: Readonly<Record<string, readonly string[]>> = {
  'docs/get-docs': Object.values(swaggerUiFiles),
};

/**
 * Values a handler module gets at bundle time, as esbuild `define`s, from the service version the stack
 * deploys: what it would otherwise compute at its first request in every new container. The functions'
 * bundler applies them (infra/aws/bundling/split-bundle.ts); the modules work without them.
 */
export const bundleDefines: Readonly<Record<string, (serviceVersion: string) => Record<string, string>>> = {
  'openapi/get-openapi': prebuiltOpenApiDefines,
  'http/fallback': prebuiltRouteKeysDefines,
};

/** The bundle-time values of a function's modules, for the version it deploys (none without a version). */
export const bundleDefinesOf = (modules: readonly string[], serviceVersion: string | undefined): Record<string, string> =>
  Object.assign({}, ...modules.map((module) => (serviceVersion && bundleDefines[module] ? bundleDefines[module](serviceVersion) : {})));
