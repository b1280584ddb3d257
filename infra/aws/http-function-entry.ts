import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GroupedRoute } from './http-function-groups';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where the entries are written: outside git (.gitignore), made again at every synth and bench run. */
export const httpFunctionEntriesDir = join(repoRoot, '.build', 'http-functions');

/** The source of one HTTP function's entry: its route keys, each with a lazy import of its handler module. */
export const httpFunctionEntrySource = (routes: readonly GroupedRoute[]): string =>
  [
    '// Written by infra/aws/http-function-entry.ts from the route table at every synth: edit the route table, not this.',
    `import { routeDispatcher } from ${JSON.stringify(join(repoRoot, 'shared/http/route-dispatcher.ts'))};`,
    '',
    'export const handler = routeDispatcher({',
    ...routes.map((route) => `  ${JSON.stringify(route.key)}: () => import(${JSON.stringify(join(repoRoot, 'functions', `${route.handler}.ts`))}),`),
    '});',
    '',
  ].join('\n');

/**
 * Writes the entry file of the function `name` (`customer-api/writes`) serving `routes`, as `index.ts` in a
 * folder of its own, and returns its path. A folder per function: the CDK stages an asset once per source
 * folder and bundling options, so two functions bundled from one folder would both get the first's code. esbuild bundles each `import()` into the one file without running it, so a route's module is
 * evaluated at its first request. The file is rewritten only when its text changes, so its timestamp (and
 * any cache keyed on it) stays put between synths of the same routes.
 */
export const writeHttpFunctionEntry = (name: string, routes: readonly GroupedRoute[], dir = httpFunctionEntriesDir): string => {
  const file = join(dir, name, 'index.ts');
  const source = httpFunctionEntrySource(routes);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== source) {
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed: synths side by side (the test workers) never read a half-written entry.
    const written = `${file}.${process.pid}.tmp`;
    writeFileSync(written, source);
    renameSync(written, file);
  }
  return file;
};
