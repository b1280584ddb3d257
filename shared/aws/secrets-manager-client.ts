import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { clientConfig } from './clients';

let secretsManager: SecretsManagerClient | undefined;
/**
 * Secrets Manager, in its own module: shared/aws/clients.ts is imported by every function for DynamoDB, and an SDK
 * client there landed in a chunk every route of a split HTTP function loads (issue 21's bench).
 */
export const secretsManagerClient = (): SecretsManagerClient => (secretsManager ??= new SecretsManagerClient(clientConfig('SECRETSMANAGER')));
