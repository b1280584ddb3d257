import { afterAll, beforeAll } from 'vitest';
import { startLocalPlatform, type LocalPlatform, type LocalPlatformOptions } from '../../infra/local/local-platform';

/**
 * Starts the whole local platform (DynamoDB Local in memory, real HTTP on a free port) for one test file
 * and stops it after. Returns a getter, since the platform exists only once beforeAll has run.
 */
export const useLocalPlatform = (options: { seed?: boolean } & Pick<LocalPlatformOptions, 'queueTable' | 'eventRules' | 'queueHandlers' | 'workflowRetryMilliseconds' | 'simulatedCluster' | 'kubeconfig' | 'kwokAdminKubeconfig' | 'stripeMock'> = {}) => {
  let platform: LocalPlatform | undefined;
  beforeAll(async () => {
    platform = await startLocalPlatform({ ...options, port: 0, seed: options.seed ?? true });
  });
  afterAll(async () => {
    await platform?.stop();
  });
  return () => {
    if (!platform) throw new Error('the local platform is not started yet');
    return platform;
  };
};

/** A problem+json answer, parsed, with the checks every error response must pass. */
export const readProblem = async (response: Response) => {
  const text = await response.text();
  const body = JSON.parse(text) as { type: string; title: string; status: number; detail: string; errors?: { field: string; message: string }[] };
  return { body, text, contentType: response.headers.get('content-type') };
};

/**
 * The types of the events the platform published for one subscription, oldest first, once the outbox
 * stream is drained (so an event committed with the last change is there too).
 */
export const subscriptionEventTypes = async (platform: LocalPlatform, subscriptionId: string) => {
  await platform.drainStreams();
  return platform
    .bus.recent()
    .filter((event) => (event.detail as { subscriptionId?: string }).subscriptionId === subscriptionId)
    .map((event) => event.type);
};
