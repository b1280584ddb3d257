import { jsonServiceSettings } from './clients';
import { secretsManagerApi, type SecretsManagerApi } from './secrets-manager/secrets-manager-api';

let secretsManager: SecretsManagerApi | undefined;
/**
 * Secrets Manager through the light client (./secrets-manager/secrets-manager-api.ts), in its own module:
 * shared/aws/clients.ts is imported by every function for DynamoDB, and only the hooks and payments read secrets.
 */
export const secretsManagerClient = (): SecretsManagerApi => (secretsManager ??= secretsManagerApi(jsonServiceSettings('SECRETSMANAGER')));
