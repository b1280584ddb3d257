import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { subscriptionReadDeps } from './subscription-read-deps';

/**
 * What an instance's view reads (shared/upgrades/instance-view.ts): the subscription and its instance, and
 * the catalog for the versions it may upgrade to. Not subscription-deps.ts, whose node and ledger stores
 * it never calls (issue 21). Built on first use and kept for the life of the Lambda container.
 */
export const instanceViewDeps = once(() => ({
  ...subscriptionReadDeps(),
  services: dynamoServiceStore(dynamoDocumentClient(), loadConfig(functionEnvironmentSchema).TABLE_NAME),
}));
