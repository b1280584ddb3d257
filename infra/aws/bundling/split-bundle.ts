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
 * Bundles an HTTP function's entry (infra/aws/http-function-entry.ts) into `outDir` as `index.mjs` plus
 * chunks, with esbuild's code splitting: each route's lazy `import()` becomes a chunk of its own, and what
 * routes share becomes shared chunks. A cold start then reads and compiles the entry and the chunks of the
 * route it serves only, as much as a function of that route alone would (issue 21: one 26-route function
 * in a single file cost ~30 ms more per cold start than its routes' own bundles; split, the same). NodejsFunction
 * writes one file (`--outfile`), which cannot split, so these functions take their code from this.
 * `files` are copied under node_modules/, as PlatformFunction does for the others, and `define` holds the
 * routes' bundle-time values (both from functions/bundle-files.ts).
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
