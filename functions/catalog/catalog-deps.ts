import { dynamoDocumentClient } from '../../shared/aws/clients';
import type { CatalogDeps } from '../../shared/catalog/catalog-use-cases';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';

/** Built on first use and kept for the life of the Lambda container. */
export const catalogDeps = once((): CatalogDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  return { services: dynamoServiceStore(dynamoDocumentClient(), env.TABLE_NAME), now: () => new Date() };
});
