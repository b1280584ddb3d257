import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_GROUP, cognitoIssuer } from '../../shared/auth/admin-token';
import { loadOrCreateKeyPair, signWithLocalKey } from '../../shared/auth/local-key-signer';

/** The stand-in for the Cognito user pool: ids in Cognito's format, so the same verifier accepts them. */
export const LOCAL_ADMIN_POOL_ID = 'us-east-1_LocalAdmins';
export const LOCAL_ADMIN_CLIENT_ID = 'localadminclient0000000000';

export interface AdminTokenRequest {
  email: string;
  groups?: string[];
  clientId?: string;
  minutes?: number;
}

/**
 * The keys of identity on this machine, kept in `<keysDir>`: the customer token signing key (what KMS holds
 * in AWS) and the local administrator key that signs Cognito-shaped admin tokens. Only the local runtime
 * trusts the latter: its public half is the only JWKS the local admin verifier reads.
 */
export const localIdentity = (keysDir: string) => {
  const customerKeyFile = join(keysDir, 'customer-token-signing.json');
  const adminKeyFile = join(keysDir, 'admin-token-signing.json');
  const adminJwksFile = join(keysDir, 'admin-jwks.json');
  loadOrCreateKeyPair(customerKeyFile);
  const adminKey = loadOrCreateKeyPair(adminKeyFile);
  writeFileSync(adminJwksFile, JSON.stringify({ keys: [adminKey.publicJwk] }));

  return {
    environment: {
      CUSTOMER_TOKEN_LOCAL_KEY_FILE: customerKeyFile,
      ADMIN_USER_POOL_ID: LOCAL_ADMIN_POOL_ID,
      ADMIN_CLIENT_ID: LOCAL_ADMIN_CLIENT_ID,
      ADMIN_LOCAL_JWKS_FILE: adminJwksFile,
    },
    /** An access token shaped like Cognito's, for an administrator of the local pool. */
    mintAdminToken: ({ email, groups = [ADMIN_GROUP], clientId = LOCAL_ADMIN_CLIENT_ID, minutes = 60 }: AdminTokenRequest) => {
      const iat = Math.floor(Date.now() / 1000);
      return signWithLocalKey(adminKey, {
        sub: randomUUID(),
        'cognito:groups': groups,
        iss: cognitoIssuer(LOCAL_ADMIN_POOL_ID),
        client_id: clientId,
        origin_jti: randomUUID(),
        event_id: randomUUID(),
        token_use: 'access',
        scope: 'aws.cognito.signin.user.admin',
        auth_time: iat,
        iat,
        exp: iat + minutes * 60,
        jti: randomUUID(),
        username: email,
      });
    },
  };
};
