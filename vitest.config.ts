import { defineConfig } from 'vitest/config';

/**
 * One run for every suite. Files run in separate processes (forks): each e2e or integration file starts its
 * own DynamoDB Local, so no state leaks between files. Timings live in `npm run bench`, never here.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Metrics (EMF lines on stdout) are checked by their own unit test; elsewhere they would only be noise.
    env: { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_METRICS_DISABLED: 'true', AWS_REGION: 'us-east-1' },
    reporters: ['default'],
  },
});
