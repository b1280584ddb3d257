/**
 * The files of swagger-ui-dist the docs page loads, as paths under node_modules. They are read at run time,
 * not imported (esbuild would turn them into code), so the CDK copies them into the function's bundle
 * (functions/bundle-files.ts) where the same resolution finds them.
 */
export const swaggerUiFiles = {
  script: 'swagger-ui-dist/swagger-ui-bundle.js',
  styles: 'swagger-ui-dist/swagger-ui.css',
  /** Swagger UI's licence (Apache-2.0), which travels with its code. */
  licence: 'swagger-ui-dist/LICENSE',
} as const;
