import { startStripeMock, STRIPE_MOCK_API_KEY } from '../stripe-mock/start-stripe-mock';

/** The variables the payment routes read (shared/payments/payments-environment.ts) that the local runtime sets. */
const variables = ['STRIPE_API_KEY', 'STRIPE_API_KEY_ARN', 'STRIPE_API_URL'] as const;

export interface LocalPayments {
  /** stripe-mock's URL when payments run on it; undefined when they are off. */
  stripeMockUrl?: string;
  stop(): Promise<void>;
}

/**
 * Payments on this machine: stripe-mock as a child process and the payment routes pointed at it (its test
 * key, its URL), or payments off (no key: checkout and portal answer 503 saying how to turn them on). A key
 * of the environment is never used locally: no local run talks to Stripe itself.
 */
export const startLocalPayments = async (useStripeMock: boolean): Promise<LocalPayments> => {
  for (const name of variables) delete process.env[name];
  if (!useStripeMock) return { stop: async () => {} };
  const server = await startStripeMock();
  Object.assign(process.env, { STRIPE_API_KEY: STRIPE_MOCK_API_KEY, STRIPE_API_URL: server.url });
  return {
    stripeMockUrl: server.url,
    stop: async () => {
      await server.stop();
      for (const name of variables) delete process.env[name];
    },
  };
};
