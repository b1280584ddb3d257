import { dynamoUserStore } from '../../shared/accounts/dynamo-user-store';
import type { PlatformStatsDeps } from '../../shared/admin-stats/platform-stats';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { dynamoDeliveryTallyStore } from '../../shared/webhooks/dynamo-delivery-tally-store';
import { dynamoNodeStore } from '../../shared/workers/dynamo-node-store';

/**
 * What the platform's figures are read from, built on first use and kept for the life of the container: the
 * stats route's, and the local runtime's summary line's (the same use case, not a second one).
 */
export const statsDeps = once((): PlatformStatsDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    users: dynamoUserStore(db, env.TABLE_NAME),
    services: dynamoServiceStore(db, env.TABLE_NAME),
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    nodes: dynamoNodeStore(db, env.TABLE_NAME),
    ledger: dynamoLedgerStore(db, env.TABLE_NAME),
    webhooks: dynamoDeliveryTallyStore(db, env.TABLE_NAME),
    now: () => new Date(),
  };
});
