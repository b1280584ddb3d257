import { join } from 'node:path';

/**
 * What the demo puts in the local platform. Fixed values, so that a second run finds what the first one
 * made (the customer by its email, the token by its name, the node by its name, the subscription by its
 * service) instead of making it again.
 */
export const demoSettings = {
  customer: { email: 'demo@example.com', password: 'try the platform locally', name: 'Demo Customer' },
  /** Locally an administrator is only a token signed by the local key: nothing is stored for it. */
  adminEmail: 'admin@example.com',
  agentTokenName: 'demo',
  /**
   * The first node of the simulated cluster, so the node the API lists is the one `kubectl get nodes`
   * shows, and its heartbeats carry that Node's capacity and pod count.
   */
  nodeName: 'paas-local-node-1',
  service: { slug: 'n8n', planId: 'starter', name: 'Demo n8n' },
} as const;

/** The demo's own files (the agent token, which the API shows only once) live in the data folder. */
export const demoFolder = (dataDir: string) => join(dataDir, 'demo');
