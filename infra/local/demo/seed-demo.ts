import { ensureDemoAgentToken } from './demo-agent-token';
import { ensureDemoCustomer } from './demo-customer';
import { waitForDemoNode } from './demo-node';
import { demoSettings } from './demo-settings';
import { ensureDemoSubscription } from './demo-subscription';

export interface SeedDemoOptions {
  /** The running platform, e.g. http://127.0.0.1:3000. */
  apiUrl: string;
  /** Where agent.json is kept (`<data>/demo`). */
  demoDir: string;
  /** The platform's mail folder (`<data>/mail`): the demo customer's verification link is read from it. */
  mailDir: string;
  /** An administrator token the platform accepts (the local key's, as `npm run admin-token` prints). */
  adminToken: () => Promise<string>;
  /** Called after agent.json changed, so a demo agent in the same process need not wait for its poll. */
  agentFileChanged?: () => Promise<void> | void;
  /** How long to wait for the node's heartbeats and for the instance to run (default 2 minutes each). */
  timeoutMs?: number;
  /** Progress, one line per step. */
  progress?: (line: string) => void;
}

export type DemoReport = Awaited<ReturnType<typeof seedDemo>>;

/**
 * Fills a running local platform with the demo, through its HTTP API, and finds instead of making again
 * whatever a previous run made: the customer, the agent token (with agent.json), the node (heartbeating
 * from the platform's demo agent) and the running n8n subscription. `created` lists what this run made.
 */
export const seedDemo = async (options: SeedDemoOptions) => {
  const { apiUrl, demoDir, adminToken } = options;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const progress = options.progress ?? (() => {});
  const created: string[] = [];

  const health = await fetch(new URL('/v1/health', apiUrl)).catch(() => undefined);
  if (!health?.ok) throw new Error(`the platform does not answer at ${apiUrl}; start it first (npm start)`);

  const customer = await ensureDemoCustomer(apiUrl, options.mailDir);
  if (customer.created) created.push('customer');
  progress(`customer ${customer.user.email} ${customer.created ? 'registered' : 'already there'}${customer.verifiedNow ? ', email verified from its link' : ''}`);

  const since = new Date();
  const token = await ensureDemoAgentToken(apiUrl, adminToken, demoDir);
  if (token.created) created.push('agent token');
  progress(`agent token "${token.name}" ${token.created ? 'created' : 'already there'}${token.revoked.length ? `; revoked ${token.revoked.length} unusable older one(s)` : ''}`);
  await options.agentFileChanged?.();

  const node = await waitForDemoNode(apiUrl, adminToken, {
    ...(token.created ? { since } : {}),
    timeoutMs,
    hint: `The platform's demo agent heartbeats with the token in ${demoDir}/agent.json: is the platform running with the same data folder?`,
  });
  progress(`node ${node.name} ${node.status}, last heartbeat ${node.lastHeartbeatAt}`);

  const { subscription, instance, created: subscribed } = await ensureDemoSubscription(apiUrl, customer.accessToken, timeoutMs);
  if (subscribed) created.push('subscription');
  progress(`subscription ${subscription.id} (${subscription.serviceSlug} ${subscription.planId}) ${subscribed ? 'created' : 'already there'}: ${subscription.status}, instance ${instance.status}`);

  return {
    created,
    customer: { id: customer.user.id, email: customer.user.email, password: demoSettings.customer.password },
    adminEmail: demoSettings.adminEmail,
    agentToken: { id: token.id, name: token.name, revoked: token.revoked },
    node: { id: node.id, name: node.name, status: node.status },
    subscription: { id: subscription.id, status: subscription.status, serviceSlug: subscription.serviceSlug, planId: subscription.planId },
    instance: { id: instance.id, status: instance.status, url: instance.url, namespace: instance.namespace, nodeName: instance.nodeName },
  };
};
