import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { join } from 'node:path';

/**
 * Maps the frames of a stack trace thrown inside a function bundle (`…/index.mjs:LINE:COL`) back to the
 * TypeScript sources, with the bundle's source map. The functions run without `--enable-source-maps`
 * (infra/aws/function-bundling.ts says why), so a stack from Lambda's own error report points into the
 * minified bundle; this reads it as if they had. Frames elsewhere (Node's own) are left as they are.
 */
export const resolveStack = (stack: string, sourceMap: SourceMapPayload): string => {
  const map = new SourceMap(sourceMap);
  return stack.replace(/(?:file:\/\/)?[^\s()]*index\.mjs:(\d+):(\d+)/g, (frame, line: string, column: string) => {
    // Stack positions are 1-based; the map's are 0-based.
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    if (!('originalSource' in entry) || !entry.originalSource) return frame;
    const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
};

/** `npm run stack:resolve -- <bundle folder> < stack.txt`: the folder holds the function's index.mjs.map. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: npm run stack:resolve -- <folder with index.mjs.map> < stack.txt');
    process.exit(2);
  }
  const payload = JSON.parse(readFileSync(join(folder, 'index.mjs.map'), 'utf8')) as SourceMapPayload;
  process.stdout.write(resolveStack(readFileSync(0, 'utf8'), payload));
}
