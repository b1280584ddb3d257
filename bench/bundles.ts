import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queues } from '../functions/queues';
import { fallbackHandler, routes } from '../functions/routes';
import { schedules } from '../functions/schedules';
import { streamConsumers } from '../functions/stream-consumers';
import { readFunctions, synthesize, synthInputsDigest } from './cdk-assembly';
import { bundleEntry, type Bundle } from './esbuild-bundle';

export interface FunctionBundle extends Bundle {
  /** `cdk`: the asset `cdk synth` staged for the deployed function; `esbuild`: bundled here with the same options. */
  source: 'cdk' | 'esbuild';
  environment: Record<string, string>;
}

export interface PreparedBundles {
  functions: FunctionBundle[];
  baseline: Bundle;
  /** fixtures/sdk-floor-handler.ts: the AWS SDK's DynamoDB client and zod alone, reading one item. */
  floor: Bundle;
  /** The assembly of an earlier run was used: nothing `cdk synth` reads has changed since. */
  reusedSynth: boolean;
  /** Why the synthesized assets were not (all) used; absent when every function came from `cdk synth`. */
  fallbackReason?: string;
}

/** Every handler module the tables name: one Lambda function each in AWS. */
export const handlerModules = (): string[] => [
  ...new Set([...routes.map((r) => r.handler), fallbackHandler, ...streamConsumers.map((c) => c.handler), ...schedules.map((s) => s.handler), ...queues.map((q) => q.handler)]),
];

/**
 * The bundles to cold-start: the real deployed ones from `cdk synth` when the CDK app synthesizes, else (or
 * for modules the app does not deploy yet) each handler module bundled with esbuild using the same options.
 * The synth is skipped when its inputs have not changed since the last run (BENCH_FRESH_SYNTH=1 forces
 * it); BENCH_BUNDLER=esbuild skips it altogether. `env` is the environment the CDK app runs with. The
 * baseline is always bundled here, from fixtures/noop-handler.ts, and the floor from fixtures/sdk-floor-handler.ts.
 */
export const prepareBundles = async (repoRoot: string, workDir: string, env: NodeJS.ProcessEnv = process.env): Promise<PreparedBundles> => {
  const modules = handlerModules();
  const baseline = await bundleEntry('baseline', fileURLToPath(new URL('./fixtures/noop-handler.ts', import.meta.url)), join(workDir, 'baseline'));
  const floor = await bundleEntry('floor', fileURLToPath(new URL('./fixtures/sdk-floor-handler.ts', import.meta.url)), join(workDir, 'floor'));

  let synthesized: FunctionBundle[] = [];
  let fallbackReason: string | undefined;
  let reusedSynth = false;
  if (process.env.BENCH_BUNDLER === 'esbuild') fallbackReason = 'BENCH_BUNDLER=esbuild';
  else {
    try {
      const outDir = join(workDir, 'cdk.out');
      const digestFile = join(workDir, 'cdk.out.sha256');
      const digest = synthInputsDigest(repoRoot);
      reusedSynth = process.env.BENCH_FRESH_SYNTH !== '1' && existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest && existsSync(join(outDir, 'manifest.json'));
      if (!reusedSynth) {
        rmSync(digestFile, { force: true });
        await synthesize(repoRoot, outDir, 90_000, env);
        writeFileSync(digestFile, digest);
      }
      const byModule = new Map(readFunctions(outDir).map((f) => [f.handler, f]));
      synthesized = modules.flatMap((m) => (byModule.has(m) ? [{ ...byModule.get(m)!, source: 'cdk' as const }] : []));
      const missing = modules.filter((m) => !byModule.has(m));
      if (missing.length) fallbackReason = `the synthesized app has no function for ${missing.join(', ')}`;
    } catch (error) {
      fallbackReason = error instanceof Error ? error.message : String(error);
    }
  }

  const bundled = await Promise.all(
    modules
      .filter((m) => !synthesized.some((f) => f.handler === m))
      .map(async (module): Promise<FunctionBundle> => {
        const outDir = join(workDir, 'esbuild', module);
        mkdirSync(outDir, { recursive: true });
        const bundle = await bundleEntry(module, join(repoRoot, 'functions', `${module}.ts`), outDir);
        return { ...bundle, source: 'esbuild', environment: {} };
      }),
  );
  const functions = modules.map((m) => [...synthesized, ...bundled].find((f) => f.handler === m)!);
  return { functions, baseline, floor, reusedSynth, fallbackReason };
};
