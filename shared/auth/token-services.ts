import { readFileSync } from 'node:fs';
import { emulatorEndpoint, kmsKey } from '../aws/clients';
import { functionEnvironmentSchema } from '../config/function-environment';
import { ConfigError, loadConfig, once } from '../config/load-config';
import { customerTokenVerifier, type AccessTokenSettings } from './access-token';
import { adminTokenVerifier } from './admin-token';
import { kmsTokenSigner } from './kms-token-signer';
import { loadOrCreateKeyPair, localKeySigner } from './local-key-signer';
import type { PublicJwk, TokenSigner } from './token-signer';

/**
 * The token machinery of this deployment, built once from the environment: the customer token signer
 * (KMS in AWS, a local key file on this machine), its verifier, and the administrators' Cognito verifier.
 */
export const tokenServices = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  const settings: AccessTokenSettings = { issuer: env.CUSTOMER_TOKEN_ISSUER, audience: env.CUSTOMER_TOKEN_AUDIENCE };

  let signer: TokenSigner | undefined;
  const customerSigner = (): TokenSigner => {
    if (signer) return signer;
    if (env.CUSTOMER_TOKEN_KMS_KEY_ID) return (signer = kmsTokenSigner(kmsKey(env.CUSTOMER_TOKEN_KMS_KEY_ID)));
    if (env.CUSTOMER_TOKEN_LOCAL_KEY_FILE) return (signer = localKeySigner(loadOrCreateKeyPair(env.CUSTOMER_TOKEN_LOCAL_KEY_FILE)));
    throw new ConfigError(['CUSTOMER_TOKEN_KMS_KEY_ID or CUSTOMER_TOKEN_LOCAL_KEY_FILE: one is required to sign customer tokens']);
  };

  const adminVerifier =
    env.ADMIN_USER_POOL_ID && env.ADMIN_CLIENT_ID
      ? adminTokenVerifier({
          userPoolId: env.ADMIN_USER_POOL_ID,
          clientId: env.ADMIN_CLIENT_ID,
          localKeys: env.ADMIN_LOCAL_JWKS_FILE
            ? async () => (JSON.parse(readFileSync(env.ADMIN_LOCAL_JWKS_FILE!, 'utf8')) as { keys: PublicJwk[] }).keys
            : undefined,
          // With an AWS emulator (AWS_ENDPOINT_URL), the pool's keys are the emulator's; in AWS, Cognito's own.
          jwksUri: cognitoEmulatorJwksUri(env.ADMIN_USER_POOL_ID),
        })
      : undefined;

  let verifyCustomer: ReturnType<typeof customerTokenVerifier> | undefined;
  return {
    settings,
    signer: customerSigner,
    verifyCustomerToken: (token: string) => (verifyCustomer ??= customerTokenVerifier(customerSigner(), settings))(token),
    /** Undefined when this deployment has no administrator pool configured: admin routes then answer 401. */
    verifyAdminToken: adminVerifier,
  };
});

const cognitoEmulatorJwksUri = (userPoolId: string): string | undefined => {
  const endpoint = emulatorEndpoint('COGNITO_IDENTITY_PROVIDER');
  return endpoint ? `${endpoint.replace(/\/+$/, '')}/${userPoolId}/.well-known/jwks.json` : undefined;
};
