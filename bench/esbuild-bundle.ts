import { build } from 'esbuild';
import { cpSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFiles } from '../functions/bundle-files';
import { functionBundling } from '../infra/aws/function-bundling';

/**
 * The options the CDK app gives NodejsFunction (infra/aws/function-bundling.ts, the one source of both), as
 * esbuild's API takes them. The bench bundles its do-nothing baseline with these, and every function too
 * when `cdk synth` cannot run.
 */
const { nodeOptions: _runtimeOptions, banner, ...esbuildOptions } = functionBundling;
export const bundleOptions = { ...esbuildOptions, bundle: true, banner: { js: banner }, logLevel: 'warning' } as const;

export interface Bundle {
  /** The handler module (`catalog/get-service`), or `baseline` for the do-nothing bundle. */
  handler: string;
  file: string;
  sizeKiB: number;
}

export const sizeKiB = (file: string): number => Math.round((statSync(file).size / 1024) * 10) / 10;

/** Bundles one entry file to `<outDir>/index.mjs`, as NodejsFunction lays out its asset, with the files it reads at run time. */
export const bundleEntry = async (handler: string, entry: string, outDir: string, files: readonly string[] = bundleFiles[handler] ?? []): Promise<Bundle> => {
  const file = join(outDir, 'index.mjs');
  await build({ ...bundleOptions, mainFields: [...bundleOptions.mainFields], alias: { ...bundleOptions.alias }, entryPoints: [entry], outfile: file });
  // The files the module reads at run time, copied beside the bundle as the CDK construct does.
  for (const extra of files) {
    cpSync(fileURLToPath(new URL(`../node_modules/${extra}`, import.meta.url)), join(outDir, 'node_modules', extra));
  }
  return { handler, file, sizeKiB: sizeKiB(file) };
};
