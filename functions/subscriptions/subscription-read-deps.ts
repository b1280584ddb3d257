import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';

/**
 * What the routes that only read subscriptions need: the subscription store. Apart from subscription-deps.ts,
 * whose other stores (the catalog, the nodes, the ledger) build their schemas at every cold start of a module
 * that imports them, and these routes never call them. Built on first use and kept for the container's life.
 */
export const subscriptionReadDeps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  return { subscriptions: dynamoSubscriptionStore(dynamoDocumentClient(), env.TABLE_NAME) };
});
