import { afterAll, beforeAll } from 'vitest';
import type { LocalPlatform } from '../../../infra/local/local-platform';
import type { apiClient } from '../../support/api-client';
import { buildHardeningWorld, type HardeningWorld } from './hardening-world';
import { makeCredentials } from './identities';
import { routeRequests } from './route-requests';

/** What the route-table suites (authorization matrix, property authorization, resource consumption) work on. */
export interface HardeningSuite {
  world: HardeningWorld;
  /** The headers each identity sends (identities.ts). */
  headersOf: Awaited<ReturnType<typeof makeCredentials>>;
  /** A request per route, naming the world's objects (route-requests.ts). */
  requests: ReturnType<typeof routeRequests>;
}

/**
 * Builds the world, the identities' credentials and the route requests once the platform runs (beforeAll;
 * the fields are there from the first test on), and closes the world's webhook receiver after the file.
 */
export const useHardeningSuite = (platform: () => LocalPlatform, api: ReturnType<typeof apiClient>): HardeningSuite => {
  const suite = {} as HardeningSuite;
  beforeAll(async () => {
    suite.world = await buildHardeningWorld(platform, api);
    suite.headersOf = await makeCredentials(platform(), suite.world);
    suite.requests = routeRequests(suite.world);
  }, 180_000);
  afterAll(() => suite.world?.receiver.close());
  return suite;
};
