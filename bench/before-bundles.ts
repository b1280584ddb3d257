import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Bundle } from './esbuild-bundle';

const run = promisify(execFile);

/** The functions as they were at an earlier commit, bundled the way that commit bundled them. */
export interface BeforeBundles {
  ref: string;
  commit: string;
  /** NODE_OPTIONS the functions ran with at that commit (its CDK construct's). */
  nodeOptions: string;
  bundles: Map<string, Bundle>;
  /**
   * Handlers that commit's bundler could not bundle, with esbuild's first line. The tree uses this
   * checkout's node_modules, so a dependency removed since (as `@aws-lambda-powertools/parameters` was)
   * leaves its importers out; the other handlers still get their before column.
   */
  unbundled: Map<string, string>;
}

/**
 * Bundles every handler module that exists at `ref` with that commit's own bench bundler (its
 * bench/esbuild-bundle.ts), so the cold-start section measures before and after in the same run, under the
 * same load. The tree is extracted with `git archive` (no worktree is registered) into `workDir`, outside
 * the repository so no tool of this checkout mistakes it for its own sources, and uses this checkout's node_modules: dependencies that changed since are the new ones.
 * Undefined (with the reason) when the ref is missing, as in a shallow clone.
 */
export const prepareBeforeBundles = async (repoRoot: string, ref: string, workDir: string, handlers: readonly string[]): Promise<BeforeBundles | { skipped: string }> => {
  let commit: string;
  try {
    commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    return { skipped: `${ref} is not a commit of this clone` };
  }
  const tree = join(workDir, `before-${commit.slice(0, 12)}`);
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  await run('bash', ['-c', `git -C "${repoRoot}" archive "${commit}" | tar -x -C "${tree}"`]);
  if (!existsSync(join(tree, 'bench/esbuild-bundle.ts'))) return { skipped: `${ref} has no bench/esbuild-bundle.ts to bundle with` };
  symlinkSync(join(repoRoot, 'node_modules'), join(tree, 'node_modules'));

  const present = handlers.filter((handler) => existsSync(join(tree, 'functions', `${handler}.ts`)));
  // Its own bundler, in its own tree: a child process, so its modules never mix with this run's.
  const script = `import { bundleEntry } from './bench/esbuild-bundle.ts';
    const out = [];
    for (const handler of JSON.parse(process.env.HANDLERS)) {
      try {
        out.push(await bundleEntry(handler, 'functions/' + handler + '.ts', 'bundles/' + handler));
      } catch (error) {
        out.push({ handler, error: String(error?.message ?? error).split('\\n').find((line) => line.includes('ERROR')) ?? String(error).slice(0, 200) });
      }
    }
    process.stdout.write(JSON.stringify(out));`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: tree,
    env: { ...process.env, HANDLERS: JSON.stringify(present) },
    maxBuffer: 16 * 1024 * 1024,
  });
  const results = JSON.parse(stdout) as (Bundle | { handler: string; error: string })[];
  const bundles = new Map(results.flatMap((b) => ('error' in b ? [] : [[b.handler, { ...b, file: join(tree, b.file) }] as const])));
  const unbundled = new Map(results.flatMap((b) => ('error' in b ? [[b.handler, b.error.trim()] as const] : [])));
  return { ref, commit, nodeOptions: nodeOptionsAt(tree), bundles, unbundled };
};

/** The NODE_OPTIONS that commit's CDK construct gave every function, if any. */
const nodeOptionsAt = (tree: string): string => {
  const construct = join(tree, 'infra/aws/constructs/platform-function.ts');
  if (!existsSync(construct)) return '';
  return /NODE_OPTIONS:\s*'([^']*)'/.exec(readFileSync(construct, 'utf8'))?.[1] ?? '';
};
