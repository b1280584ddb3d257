import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queues } from '../functions/queues';
import { fallbackHandler, routes } from '../functions/routes';
import { schedules } from '../functions/schedules';
import { streamConsumers } from '../functions/stream-consumers';
import { readFunctions, synthesize, synthInputsDigest } from './cdk-assembly';
import { bundleDefinesOf, bundleFiles } from '../functions/bundle-files';
import packageJson from '../package.json' with { type: 'json' };
import { writeHttpFunctionEntry } from '../infra/aws/http-function-entry';
import { httpFunctionGroups } from '../infra/aws/http-function-groups';
import { bundleEntry, bundleSplitEntry, type Bundle } from './esbuild-bundle';

export interface FunctionBundle extends Bundle {
  /** `cdk`: the asset `cdk synth` staged for the deployed function; `esbuild`: bundled here with the same options. */
  source: 'cdk' | 'esbuild';
  environment: Record<string, string>;
  /** Variables the template sets by reference (deploy-time values); the cold starts give the local platform's where it has them. */
  references?: string[];
  /**
   * The Lambda function that runs `handler`: the module itself, or the HTTP function of its route's group
   * (infra/aws/http-function-groups.ts), whose bundle holds every route of the group.
   */
  function: string;
}

export interface PreparedBundles {
  functions: FunctionBundle[];
  baseline: Bundle;
  /** fixtures/floor-handler.ts: the platform's DynamoDB client (shared/aws/dynamodb) and zod alone, reading one item. */
  floor: Bundle;
  /** The floor's parts, each alone (fixtures/floor-parts), with what each does when invoked. */
  floorParts: { bundle: Bundle; invocation: string }[];
  /** The assembly of an earlier run was used: nothing `cdk synth` reads has changed since. */
  reusedSynth: boolean;
  /** Why the synthesized assets were not (all) used; absent when every function came from `cdk synth`. */
  fallbackReason?: string;
}

/** What the floor is made of, each cold-started alone (bench/fixtures/floor-parts/<name>.ts), and what it does: where its time goes. */
const FLOOR_PARTS: Readonly<Record<string, string>> = {
  'request-alone': 'GetItem on node:http, no library',
  'client-alone': 'GetItem of one key, no zod',
  'zod-alone': 'one object schema parsed, no request',
};

/** Every handler module the tables name: each route's runs in its group's HTTP function, the others in one function each. */
export const handlerModules = (): string[] => [
  ...new Set([...routes.map((r) => r.handler), fallbackHandler, ...streamConsumers.map((c) => c.handler), ...schedules.map((s) => s.handler), ...queues.map((q) => q.handler)]),
];

/** The function that runs each handler module: its HTTP function group's name for a route's, else the module. */
export const functionOfModule = (): Map<string, string> =>
  new Map(httpFunctionGroups(routes, fallbackHandler).flatMap((group) => group.routes.map((route) => [route.handler, group.name] as const)));

/**
 * The bundles to cold-start, one per handler module: the module's function's bundle (a route's is its HTTP
 * function's, shared with the group's other routes). The real deployed ones from `cdk synth` when the CDK
 * app synthesizes, else (or for modules the app does not deploy yet) each function bundled with esbuild
 * using the same options: a module's own file, or its group's entry (infra/aws/http-function-entry.ts).
 * The synth is skipped when its inputs have not changed since the last run (BENCH_FRESH_SYNTH=1 forces
 * it); BENCH_BUNDLER=esbuild skips it altogether. `env` is the environment the CDK app runs with. The
 * baseline is always bundled here, from fixtures/noop-handler.ts, and the floor from fixtures/floor-handler.ts.
 */
export const prepareBundles = async (repoRoot: string, workDir: string, env: NodeJS.ProcessEnv = process.env): Promise<PreparedBundles> => {
  const modules = handlerModules();
  const baseline = await bundleEntry('baseline', fileURLToPath(new URL('./fixtures/noop-handler.ts', import.meta.url)), join(workDir, 'baseline'));
  const floor = await bundleEntry('floor', fileURLToPath(new URL('./fixtures/floor-handler.ts', import.meta.url)), join(workDir, 'floor'));
  const floorParts: PreparedBundles['floorParts'] = [];
  for (const [part, invocation] of Object.entries(FLOOR_PARTS)) {
    floorParts.push({ bundle: await bundleEntry(`floor/${part}`, fileURLToPath(new URL(`./fixtures/floor-parts/${part}.ts`, import.meta.url)), join(workDir, 'floor', part)), invocation });
  }

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
        // A full synth bundles every function (about 100): minutes on a loaded 2-core machine.
        await synthesize(repoRoot, outDir, 600_000, env);
        writeFileSync(digestFile, digest);
      }
      const byModule = new Map(readFunctions(outDir).flatMap(({ handlers, ...f }) => handlers.map((module) => [module, { ...f, handler: module, function: f.handler }] as const)));
      synthesized = modules.flatMap((m) => (byModule.has(m) ? [{ ...byModule.get(m)!, source: 'cdk' as const }] : []));
      const missing = modules.filter((m) => !byModule.has(m));
      if (missing.length) fallbackReason = `the synthesized app has no function for ${missing.join(', ')}`;
    } catch (error) {
      fallbackReason = error instanceof Error ? error.message : String(error);
    }
  }

  const groups = new Map(httpFunctionGroups(routes, fallbackHandler).map((group) => [group.name, group]));
  const functionOf = functionOfModule();
  const unsynthesized = modules.filter((m) => !synthesized.some((f) => f.handler === m));
  // One esbuild run per function: a group's routes share its bundle.
  const functionBundles = new Map(
    await Promise.all(
      [...new Set(unsynthesized.map((m) => functionOf.get(m) ?? m))].map(async (name) => {
        const outDir = join(workDir, 'esbuild', name);
        mkdirSync(outDir, { recursive: true });
        const group = groups.get(name);
        const entry = group ? writeHttpFunctionEntry(name, group.routes) : join(repoRoot, 'functions', `${name}.ts`);
        const files = group ? group.routes.flatMap((route) => bundleFiles[route.handler] ?? []) : (bundleFiles[name] ?? []);
        const defines = bundleDefinesOf(group ? group.routes.map((route) => route.handler) : [name], packageJson.version);
        return [name, bundleSplitEntry(name, entry, outDir, files, defines)] as const;
      }),
    ),
  );
  const bundled = unsynthesized.map((module): FunctionBundle => {
    const name = functionOf.get(module) ?? module;
    return { ...functionBundles.get(name)!, handler: module, function: name, source: 'esbuild', environment: {} };
  });
  const functions = modules.map((m) => [...synthesized, ...bundled].find((f) => f.handler === m)!);
  return { functions, baseline, floor, floorParts, reusedSynth, fallbackReason };
};
