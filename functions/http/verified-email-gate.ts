import { dynamoUserStore } from '../../shared/accounts/dynamo-user-store';
import type { VerifiedEmailGate } from '../../shared/accounts/verified-email-gate';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';

/** The verified-email check of the routes an unverified account may not use; built once per container. */
export const verifiedEmailGate = once((): VerifiedEmailGate => {
  const env = loadConfig(functionEnvironmentSchema);
  return { users: dynamoUserStore(dynamoDocumentClient(), env.TABLE_NAME), required: env.REQUIRE_VERIFIED_EMAIL };
});
