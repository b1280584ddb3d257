import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoInboundClaims } from '../../shared/inbound-webhooks/dynamo-inbound-claims';
import { dynamoInstanceHealthStore } from '../../shared/subscriptions/dynamo-instance-health-store';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';

/** What the Kubernetes and alert hooks use; built on first use and kept for the life of the container. */
export const hookDeps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    claims: dynamoInboundClaims(db, env.TABLE_NAME),
    health: dynamoInstanceHealthStore(db, env.TABLE_NAME),
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    ledger: dynamoLedgerStore(db, env.TABLE_NAME),
    now: () => new Date(),
  };
});
