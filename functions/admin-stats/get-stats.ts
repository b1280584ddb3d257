import { dynamoUserStore } from '../../shared/accounts/dynamo-user-store';
import { platformStats } from '../../shared/admin-stats/platform-stats';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { httpHandler } from '../../shared/http/http-handler';
import { getStatsRoute } from './admin-stats-routes';

const deps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return { users: dynamoUserStore(db, env.TABLE_NAME), services: dynamoServiceStore(db, env.TABLE_NAME) };
});

export const handler = httpHandler(getStatsRoute, async () => ({ status: 200, body: await platformStats(deps()) }));
