import { fileURLToPath } from 'node:url';

/** The CommonJS module every `import … from 'node:http'` of a bundle is pointed at (see `functionBundling.alias`). */
export const nodeHttpThroughRequire = fileURLToPath(new URL('./bundling/node-http-through-require.cjs', import.meta.url));
/** What the bundles get for the AWS SDK's default credential chain (see `functionBundling.alias`). */
export const credentialsFromEnvironment = fileURLToPath(new URL('./bundling/credentials-from-environment.mjs', import.meta.url));

/**
 * How every function is bundled: the one source of the options that infra/aws/constructs/platform-function.ts
 * and the bench (bench/esbuild-bundle.ts) give esbuild (bundling/split-bundle.ts), so the bench cold-starts
 * what is deployed. Minified ESM for Node 24, split into chunks per route and per first use.
 *
 * Why each choice, measured by `npm run bench` (cold start section) and in the note of issue 21:
 * - `alias` of node:http: an ESM `import` of a Node built-in makes Node build the module's ESM facade, which
 *   reads every export, and node:http's lazy `WebSocket`/`EventSource` exports load Node's internal copy of
 *   undici (~10 ms at every cold start, for an HTTP client the AWS SDK never uses). Through `require` (the
 *   banner's) no facade is built. node:https and the other built-ins have no such lazy exports.
 * - `alias` of @aws-sdk/credential-provider-node: every SDK client imports the default credential chain, and
 *   with it the SSO, ini-file, process, web-identity and instance-metadata providers and the STS/SSO clients
 *   they call (~100 KiB of every bundle). Lambda hands a function its role's credentials in the environment,
 *   so the bundles read them from there only. Tests and `npm start` run the sources unbundled, with the
 *   whole chain.
 * - source maps are written beside the bundle but NOT enabled at run time (no `--enable-source-maps`):
 *   loading them costs ~13 ms of every cold start, and the platform logs no stack traces anyway
 *   (shared/logging/error-fields.ts). A stack position from Lambda's own error report maps back to the
 *   TypeScript source with `npm run stack:resolve` (infra/aws/bundling/resolve-stack.ts) and the deployed `.map`.
 */
export const functionBundling = {
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  alias: {
    http: nodeHttpThroughRequire,
    'node:http': nodeHttpThroughRequire,
    '@aws-sdk/credential-provider-node': credentialsFromEnvironment,
  },
  // CommonJS dependencies inside an ESM bundle still call require(); give them one.
  banner: "import { createRequire as __platformCreateRequire } from 'node:module'; const require = __platformCreateRequire(import.meta.url);",
  /** What the functions run with: nothing (see above); the bench cold-starts with the same. */
  nodeOptions: '',
} as const;
