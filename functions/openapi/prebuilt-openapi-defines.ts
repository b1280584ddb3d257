import { gzipSync } from 'node:zlib';
import { buildOpenApiDocument } from './build-openapi-document';
import type { PrebuiltOpenApi } from './prebuilt-openapi';

/**
 * The bundle-time values of the OpenAPI route's module (functions/bundle-files.ts `bundleDefines`): its
 * document, gzipped, for the version the stack deploys. Building it from every route's schemas
 * took ~130 ms of the route's first request in a new container (issue 21's cold starts); reading it from
 * the bundle takes a JSON.parse. Run by the bundler, never by a function.
 */
export const prebuiltOpenApiDefines = (version: string): Record<string, string> => {
  const json = JSON.stringify(buildOpenApiDocument(version));
  const prebuilt: PrebuiltOpenApi = { version, gzipBase64: gzipSync(json, { level: 9 }).toString('base64') };
  // A string of the JSON, itself as JSON: esbuild inlines a string where it is used (prebuilt-openapi.ts).
  return { __PREBUILT_OPENAPI__: JSON.stringify(JSON.stringify(prebuilt)) };
};
