import { swaggerUiFiles } from './docs/docs-package-files';

/**
 * Files a handler module reads at run time rather than imports, as paths under node_modules. esbuild cannot
 * see them, so each function built from the module gets them copied into its bundle under node_modules/,
 * where the module's own `require.resolve` finds them as it finds the repository's copy locally.
 */
export const bundleFiles: Readonly<Record<string, readonly string[]>> = {
  'docs/get-docs': Object.values(swaggerUiFiles),
};
