import { ensureStripeMockBuilt } from '../../infra/stripe-mock/build';

/**
 * Global setup: stripe-mock built from its Go module when the cache lacks it (seconds, once per machine or
 * version). The payments suites that start it never skip: they find it here, or the run stops saying why.
 */
export const setup = async () => {
  await ensureStripeMockBuilt({ log: (line) => console.log(`[stripe-mock:build] ${line}`) });
};
