import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, buildSync } from 'esbuild';
import { functionBundling } from '../function-bundling';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The options of infra/aws/function-bundling.ts as esbuild's API takes them (the bench bundles with them too). */
const { nodeOptions: _runtimeOptions, banner, ...bundling } = functionBundling;
export const esbuildOptions = {
  ...bundling,
  mainFields: [...bundling.mainFields],
  alias: { ...bundling.alias },
  bundle: true,
  banner: { js: banner },
  logLevel: 'warning',
} satisfies BuildOptions;

/**
 * Bundles a function's entry (an HTTP function's from infra/aws/http-function-entry.ts, or a handler module)
 * into `outDir` as `index.mjs` plus chunks, with esbuild's code splitting: each lazy `import()` (a route, a
 * client loaded on first call) becomes a chunk of its own, and what they share becomes shared chunks. A cold
 * start then reads and compiles the entry and the chunks its invocation reaches only (issue 21: one 26-route
 * function in a single file cost ~30 ms more per cold start than its routes' own bundles; split, the same).
 * `files` are copied under node_modules/, and `define` holds the modules' bundle-time values (both from
 * functions/bundle-files.ts).
 */
export const bundleSplit = (entry: string, outDir: string, files: readonly string[] = [], define: Record<string, string> = {}): void => {
  buildSync({
    ...esbuildOptions,
    define,
    entryPoints: { index: entry },
    outdir: outDir,
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
  });
  for (const file of files) {
    const target = join(outDir, 'node_modules', file);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(repoRoot, 'node_modules', file), target);
  }
};
