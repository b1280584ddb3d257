import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { swaggerUiFiles } from './docs-package-files';
import { docsStartUpScript } from './docs-start-up';

export interface DocsAsset {
  /** `swagger-ui-bundle.<hash>.js`: the file's name with the first 16 hex digits of its SHA-256. */
  name: string;
  contentType: string;
  body: Buffer;
}

export interface DocsAssets {
  script: DocsAsset;
  styles: DocsAsset;
  startUp: DocsAsset;
  /** Any of the three by name; undefined for a name the page does not use (an old deployment's, say). */
  byName(name: string): DocsAsset | undefined;
  /** The asset gzipped, made on first use and kept for the container's life (about 100 ms for the bundle). */
  gzipped(asset: DocsAsset): Buffer;
}

// Resolved from this module: node_modules of the repository locally, the copy beside the bundle in Lambda.
const packageFile = (path: string) => readFileSync(createRequire(import.meta.url).resolve(path));

/** A source map comment points at a file that is not served; the browser would ask for it. */
const withoutSourceMapComment = (text: string) => text.replace(/\n?\/[*/][#@] sourceMappingURL=[^\n]*\s*$/, '\n');

const asset = (file: string, extension: string, contentType: string, body: Buffer): DocsAsset => ({
  name: `${file}.${createHash('sha256').update(body).digest('hex').slice(0, 16)}.${extension}`,
  contentType,
  body,
});

/** Reads Swagger UI's files and names every asset by its content; once per container. */
export const loadDocsAssets = (): DocsAssets => {
  const script = asset('swagger-ui-bundle', 'js', 'text/javascript; charset=utf-8', packageFile(swaggerUiFiles.script));
  const styles = asset('swagger-ui', 'css', 'text/css; charset=utf-8', Buffer.from(withoutSourceMapComment(packageFile(swaggerUiFiles.styles).toString('utf8'))));
  const startUp = asset('docs-page', 'js', 'text/javascript; charset=utf-8', Buffer.from(docsStartUpScript));
  const byName = new Map([script, styles, startUp].map((a) => [a.name, a]));
  const gzipped = new Map<string, Buffer>();
  return {
    script,
    styles,
    startUp,
    byName: (name) => byName.get(name),
    gzipped: (a) => {
      let zipped = gzipped.get(a.name);
      if (!zipped) gzipped.set(a.name, (zipped = gzipSync(a.body, { level: 9 })));
      return zipped;
    },
  };
};
