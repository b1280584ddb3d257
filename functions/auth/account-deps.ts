import type { AccountDeps } from '../../shared/accounts/account-deps';
import { dynamoAccountTokenStore } from '../../shared/accounts/dynamo-account-token-store';
import { dynamoSessionStore } from '../../shared/accounts/dynamo-session-store';
import { dynamoUserStore } from '../../shared/accounts/dynamo-user-store';
import { LOGIN_LIMITS } from '../../shared/accounts/login';
import { tokenServices } from '../../shared/auth/token-services';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { configuredEmailSender } from '../../shared/notifications/configured-email-sender';
import { notificationSettings } from '../../shared/notifications/notification-settings';
import { dynamoRateLimiter } from '../../shared/rate-limit/dynamo-rate-limiter';
import { dynamoTotpStore } from '../../shared/mfa/dynamo-totp-store';
import { secondFactorGate } from '../../shared/mfa/mfa-login';

/** Built on first use and kept for the life of the Lambda container. */
export const accountDeps = once((): AccountDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  const tokens = tokenServices();
  return {
    users: dynamoUserStore(db, env.TABLE_NAME),
    sessions: dynamoSessionStore(db, env.TABLE_NAME),
    limiter: dynamoRateLimiter(db, env.TABLE_NAME, LOGIN_LIMITS.windowSeconds),
    secondFactor: secondFactorGate(dynamoTotpStore(db, env.TABLE_NAME)),
    signer: tokens.signer(),
    tokenSettings: tokens.settings,
    now: () => new Date(),
    accountTokens: dynamoAccountTokenStore(db, env.TABLE_NAME),
    // The notifications' sender: files in the data folder locally, SES in AWS (when a sender is configured).
    mail: { email: configuredEmailSender(notificationSettings().email), linkBaseUrl: env.ACCOUNT_LINK_BASE_URL },
  };
});
