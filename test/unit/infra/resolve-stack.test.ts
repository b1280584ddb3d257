import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../../../bench/esbuild-bundle';
import { resolveStack } from '../../../infra/aws/bundling/resolve-stack';

const dir = mkdtempSync(join(tmpdir(), 'resolve-stack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveStack', () => {
  it('maps a stack thrown inside a minified function bundle back to the TypeScript line that threw', async () => {
    const source = join(dir, 'thrower.ts');
    writeFileSync(source, ['export const handler = async (input: { n: number }) => {', '  if (input.n > 1) {', "    throw new Error('too big');", '  }', '  return input.n;', '};', ''].join('\n'));
    // The platform's own bundling options: minified ESM with the map beside it.
    await build({ ...bundleOptions, mainFields: [...bundleOptions.mainFields], alias: { ...bundleOptions.alias }, entryPoints: [source], outfile: join(dir, 'index.mjs') });
    // Thrown in a plain Node process without --enable-source-maps, as the functions run.
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)});
      await handler({ n: 2 }).catch((error) => process.stdout.write(error.stack));`;
    const stack = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(stack).toMatch(/index\.mjs:\d+:\d+/);

    const resolved = resolveStack(stack, JSON.parse(readFileSync(join(dir, 'index.mjs.map'), 'utf8')));
    expect(resolved).toMatch(/thrower\.ts:3:\d+/);
    expect(resolved).not.toMatch(/index\.mjs:\d+:\d+/);
  });

  it('leaves frames outside the bundle as they are', () => {
    const stack = 'Error: x\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)';
    expect(resolveStack(stack, { version: 3, file: 'index.mjs', sources: [], sourcesContent: [], names: [], mappings: '', sourceRoot: '' })).toBe(stack);
  });
});
