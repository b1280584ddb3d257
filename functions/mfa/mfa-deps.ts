import { dynamoTotpStore } from '../../shared/mfa/dynamo-totp-store';
import type { MfaDeps } from '../../shared/mfa/mfa-deps';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { accountDeps } from '../auth/account-deps';

/** The account deps and the TOTP store; built on first use and kept for the life of the Lambda container. */
export const mfaDeps = once((): MfaDeps => ({
  ...accountDeps(),
  totp: dynamoTotpStore(dynamoDocumentClient(), loadConfig(functionEnvironmentSchema).TABLE_NAME),
}));
