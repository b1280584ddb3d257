import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The one place stripe-mock's version is pinned. It must match the `require` line of ./go/go.mod; the cache
 * key is made from it, so bumping it here (and in go.mod) makes `npm run stripe-mock:build` build afresh.
 * v0.203.0 is the newest the Go proxy serves that builds with Go 1.26; it carries Stripe's OpenAPI
 * description of that release, which it checks every request against.
 */
export const stripeMockVersion = 'v0.203.0';

export const stripeMockModule = 'github.com/stripe/stripe-mock';

/** Outside the repository, beside the real cluster's binaries: rebuilt from ./go/ when missing. */
export const stripeMockCacheDir = (env: NodeJS.ProcessEnv = process.env): string =>
  join(env.PAAS_CACHE_DIR ?? join(homedir(), '.cache', 'paas-platform'), 'stripe-mock', stripeMockVersion);

/** Where the built binary is. */
export const stripeMockBinary = (env: NodeJS.ProcessEnv = process.env): string => join(stripeMockCacheDir(env), 'bin', 'stripe-mock');
