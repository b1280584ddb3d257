import { ensureRealClusterBuilt } from '../../infra/real-cluster/build';

/**
 * Global setup of every test project: the real control plane's binaries (and upstream kubectl) built when the
 * cache lacks them, the first run on a machine (7–15 minutes on 2 cores), in under a second after that. The
 * suites that use them never skip: they find them here, or the run stops saying what is missing.
 */
export const setup = async () => {
  await ensureRealClusterBuilt({ log: (line) => console.log(`[cluster:build] ${line}`) });
};
