import { build } from 'esbuild';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFiles } from '../functions/bundle-files';
import { bundleSplit, esbuildOptions } from '../infra/aws/bundling/split-bundle';

/**
 * The options the CDK app bundles with (infra/aws/function-bundling.ts, the one source of both), as
 * esbuild's API takes them. The bench bundles its do-nothing baseline with these, and every function too
 * when `cdk synth` cannot run.
 */
export const bundleOptions = esbuildOptions;

export interface Bundle {
  /** The handler module (`catalog/get-service`), or `baseline` for the do-nothing bundle. */
  handler: string;
  /** The entry Lambda loads: `index.mjs`. */
  file: string;
  /** All the function's code: `index.mjs` and, for an HTTP function split per route, its chunks. */
  sizeKiB: number;
}

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
export const sizeKiB = (file: string): number => kib(statSync(file).size);

/** The size of a function's code: every `.mjs` beside its entry and under it (chunks/), not maps or copied files. */
export const codeKiB = (entryFile: string): number => {
  const dir = dirname(entryFile);
  const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.mjs') && !name.startsWith('node_modules'));
  return kib(files.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0));
};

const staticImports = (code: string): string[] => [...code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.mjs)["']/g)].map((match) => match[1]!);

/** The files a module loads with it: itself and what it and they import statically (not their `import()`s), each once. */
export const staticallyRead = (file: string, read = new Set<string>()): Set<string> => {
  if (read.has(file)) return read;
  read.add(file);
  for (const relative of staticImports(readFileSync(file, 'utf8'))) staticallyRead(join(dirname(file), relative), read);
  return read;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The chunk a split HTTP function's entry imports for one route key: `"GET /v1/x": () => import("./chunks/…")`,
 * the key unquoted when it is an identifier (the fallback's `$default`).
 */
export const routeChunkOf = (entry: string, routeKey: string): string | undefined =>
  new RegExp(`(?:["']${escapeRegExp(routeKey)}["']|(?<![\\w$])${escapeRegExp(routeKey)})\\s*:\\s*\\(\\)\\s*=>\\s*import\\(["'](\\.\\/[^"']+\\.mjs)["']\\)`).exec(entry)?.[1];

/**
 * What a cold start of `routeKey` reads of a split HTTP function (infra/aws/bundling/split-bundle.ts): the
 * entry, the chunk its dispatcher imports for that route key, and every chunk those import statically,
 * each once. The function's other routes' chunks are not read. Undefined when the entry holds no lazy import
 * for the key (a function bundled in one file: its whole code is what a cold start reads).
 */
export const loadedKiB = (entryFile: string, routeKey: string): number | undefined => {
  const dir = dirname(entryFile);
  const entry = readFileSync(entryFile, 'utf8');
  const routeChunk = routeChunkOf(entry, routeKey);
  if (!routeChunk) return undefined;
  const read = staticallyRead(join(dir, routeChunk), staticallyRead(entryFile));
  return kib([...read].reduce((sum, file) => sum + statSync(file).size, 0));
};

/**
 * Bundles one entry file to `<outDir>/index.mjs` alone, with the files it reads at run time: the baseline, the
 * floor and its parts here, and every handler module when a later run bundles this commit as its before column
 * (bench/before-bundles.ts calls it in this commit's tree).
 */
export const bundleEntry = async (handler: string, entry: string, outDir: string, files: readonly string[] = bundleFiles[handler] ?? []): Promise<Bundle> => {
  const file = join(outDir, 'index.mjs');
  await build({ ...bundleOptions, entryPoints: [entry], outfile: file });
  // The files the module reads at run time, copied beside the bundle as the CDK construct does.
  for (const extra of files) {
    cpSync(fileURLToPath(new URL(`../node_modules/${extra}`, import.meta.url)), join(outDir, 'node_modules', extra));
  }
  return { handler, file, sizeKiB: sizeKiB(file) };
};

/** Bundles a function's entry split per route and per first use, as the CDK app does (infra/aws/bundling/split-bundle.ts). */
export const bundleSplitEntry = (name: string, entry: string, outDir: string, files: readonly string[], define: Record<string, string> = {}): Bundle => {
  bundleSplit(entry, outDir, files, define);
  const file = join(outDir, 'index.mjs');
  return { handler: name, file, sizeKiB: codeKiB(file) };
};
