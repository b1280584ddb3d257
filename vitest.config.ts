import { defineConfig } from 'vitest/config';

/**
 * One run for every suite. Files run in separate processes (forks): each e2e or integration file starts its
 * own DynamoDB Local, so no state leaks between files. Timings live in `npm run bench`, never here.
 *
 * Two projects: `platform` (everything on the simulated cluster or none) and `real-cluster`, whose files share
 * one real Kubernetes control plane (infra/real-cluster) started once per run by its global setup, which
 * builds it first when the cache lacks it. Running a file of one project starts nothing of the other; both
 * make sure the control plane's binaries are built (upstream kubectl among them), which takes a second once
 * they are in the cache.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Metrics (EMF lines on stdout) are checked by their own unit test; elsewhere they would only be noise.
    env: { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_METRICS_DISABLED: 'true', AWS_REGION: 'us-east-1' },
    reporters: ['default'],
    projects: [
      { test: { name: 'platform', include: ['test/**/*.test.ts'], exclude: ['test/real-cluster/**'], globalSetup: ['test/support/ensure-real-cluster-built.ts', 'test/support/ensure-python-tools.ts', 'test/support/ensure-stripe-mock-built.ts'] } },
      {
        test: {
          name: 'real-cluster',
          include: ['test/real-cluster/**/*.test.ts'],
          globalSetup: ['test/real-cluster/support/global-setup.ts'],
          // Provisioning on a real control plane: pods are scheduled, started by kwok and judged Ready.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
