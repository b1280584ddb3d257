/**
 * The OpenAPI document as the HTTP function's bundle carries it: built at bundle time, for one service
 * version, gzipped only. The JSON is ~650 KiB and its gzip ~35 KiB: carrying both made the route's chunk a
 * ~900 KiB string literal that every cold start of the route read and scanned (issue 21: no route over
 * 300 KiB). A client that does not accept gzip, rare for a document browsers and tools fetch, gets it
 * gunzipped once per container (a few milliseconds).
 */
export interface PrebuiltOpenApi {
  version: string;
  gzipBase64: string;
}

/**
 * Replaced by esbuild `define` when the bundle is made (functions/bundle-files.ts `bundleDefines`): the JSON
 * of a PrebuiltOpenApi as a string literal, which esbuild writes where it is used, in this module's chunk
 * (an object literal would become a shared variable in a chunk every route loads); absent unbundled.
 */
declare const __PREBUILT_OPENAPI__: string | undefined;

/**
 * The document the bundle carries, when it was built for `version`; undefined when running unbundled (tests,
 * `npm start`) or for another version, where the handler builds it from the route table as before.
 */
export const prebuiltOpenApi = (
  version: string,
  carried: PrebuiltOpenApi | undefined = typeof __PREBUILT_OPENAPI__ === 'string' ? (JSON.parse(__PREBUILT_OPENAPI__) as PrebuiltOpenApi) : undefined,
) => (carried?.version === version ? carried : undefined);
