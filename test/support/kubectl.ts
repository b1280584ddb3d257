import { existsSync } from 'node:fs';
import { binaryPaths } from '../../infra/real-cluster/versions';

/**
 * Upstream kubectl, the one `npm run cluster:build` builds with the control plane (the test projects' global
 * setup builds it when the cache lacks it), or the KUBECTL variable's. Never skipped for want of it: a missing
 * kubectl fails the test that needs it, saying how to get it.
 */
export const kubectlPath = (): string => {
  const path = process.env.KUBECTL ?? binaryPaths().kubectl;
  if (!existsSync(path)) throw new Error(`kubectl not found at ${path}: run \`npm run cluster:build\` (or set KUBECTL)`);
  return path;
};
