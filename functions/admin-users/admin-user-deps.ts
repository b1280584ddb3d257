import { dynamoSessionStore } from '../../shared/accounts/dynamo-session-store';
import { dynamoUserStore } from '../../shared/accounts/dynamo-user-store';
import type { AdminUserDeps } from '../../shared/admin-users/admin-user-use-cases';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoLiveSubscriptions } from '../../shared/subscriptions/live-subscriptions';

export const adminUserDeps = once((): AdminUserDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    users: dynamoUserStore(db, env.TABLE_NAME),
    sessions: dynamoSessionStore(db, env.TABLE_NAME),
    liveSubscriptions: dynamoLiveSubscriptions(db, env.TABLE_NAME),
    now: () => new Date(),
  };
});
