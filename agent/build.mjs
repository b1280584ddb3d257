// Bundles the agent into one file, agent/dist/agent.mjs, for the image (`npm run build:agent`; the
// Dockerfile runs the same script). Plain JavaScript so that the build stage needs node and esbuild only.
import { build } from 'esbuild';

await build({
  entryPoints: ['agent/src/main.ts'],
  outfile: 'agent/dist/agent.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // Some bundled CommonJS dependencies call require() for Node built-ins, which an ESM file lacks.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // ws loads these native speed-ups only if present; the agent opens no websockets.
  external: ['bufferutil', 'utf-8-validate'],
  logLevel: 'warning',
});
