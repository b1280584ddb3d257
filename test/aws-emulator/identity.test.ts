import { createPublicKey, verify as verifySignature } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CreateKeyCommand, DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatedIdentity, createEmulatedIdentity } from '../../infra/aws-emulator/emulated-identity';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/local-platform';
import { type AdminSession, signInAdministrator } from '../../infra/local/cognito-admin-sign-in';
import { kmsSigningKey } from '../../shared/aws/kms/kms-signing-key';
import { kmsTokenSigner } from '../../shared/auth/kms-token-signer';
import { apiClient } from '../support/api-client';
import { emulatorClientConfig, useMoto } from './support/moto';
import { platformResources } from './support/platform-resources';

/**
 * Identity against moto's Cognito and KMS, the way it runs in AWS: the administrators' pool, client and group
 * made from the synthesized template, administrators signing in through Cognito's API (first password change
 * and TOTP enrolment included), the platform's own admin verifier reading the pool's JWKS from the emulator,
 * and customer tokens signed by the platform's KMS signer with a key made as the template makes it.
 *
 * moto 5.2.6, where this suite meets it: one static RSA key signs every pool's tokens (so a token of another
 * pool is told apart by its issuer, not its key); token validity settings and the client's allowed auth
 * flows are ignored; AssociateSoftwareToken hands every user the same TOTP secret (codes are checked
 * because start-moto.ts sets MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP). KMS Sign with MessageType DIGEST
 * hashes the digest again (the platform signs RAW messages, as real KMS allows up to 4096 bytes).
 */
const emulator = useMoto();
let identity: EmulatedIdentity;
let platform: LocalPlatform;
let cognito: CognitoIdentityProviderClient;
const api = apiClient(() => platform);
const strongPassword = 'Correct-Horse-Battery-9';

const createUser = async (email: string, groups: string[]) => {
  const { userPoolId } = identity.adminPool;
  await cognito.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: email, TemporaryPassword: 'Temporary-Passw0rd!', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: email }, { Name: 'email_verified', Value: 'true' }] }));
  for (const group of groups) await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: email, GroupName: group }));
};
const firstSignIn = (email: string): Promise<AdminSession> =>
  signInAdministrator(cognito, { ...identity.adminPool, email, password: 'Temporary-Passw0rd!', newPassword: strongPassword });

beforeAll(async () => {
  identity = await createEmulatedIdentity(emulator().endpoint, platformResources());
  cognito = new CognitoIdentityProviderClient(emulatorClientConfig(emulator().endpoint));
  platform = await startLocalPlatform({ port: 0, seed: true, emulatedIdentityEnvironment: identity.environment });
});
afterAll(async () => {
  await platform?.stop();
  cognito?.destroy();
});

const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
const stats = (token: string) => api.call('GET', '/v1/admin/stats', { token });

describe('administrators through Cognito’s API (moto)', () => {
  let admin: AdminSession;
  beforeAll(async () => {
    await createUser('ops@example.com', [identity.adminPool.groupName]);
    admin = await firstSignIn('ops@example.com');
  });

  it('the pool is made from the template: its group is ADMINISTRATOR and its password policy refuses a weak new password', async () => {
    expect(identity.adminPool.groupName).toBe('ADMINISTRATOR');
    await createUser('weak@example.com', []);
    await expect(signInAdministrator(cognito, { ...identity.adminPool, email: 'weak@example.com', password: 'Temporary-Passw0rd!', newPassword: 'short1A!' })).rejects.toMatchObject({
      name: 'InvalidPasswordException',
    });
  });

  it('the first sign-in changes the temporary password and enrols the authenticator; the access token has Cognito’s claims', () => {
    expect(admin.newTotpSecret).toMatch(/^[A-Z2-7]+=*$/i); // base32, as an authenticator app takes it
    const claims = decode(admin.accessToken);
    expect(JSON.parse(Buffer.from(admin.accessToken.split('.')[0]!, 'base64url').toString())).toMatchObject({ alg: 'RS256' });
    expect(claims).toMatchObject({
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${identity.adminPool.userPoolId}`,
      client_id: identity.adminPool.clientId,
      token_use: 'access',
      'cognito:groups': ['ADMINISTRATOR'],
    });
  });

  it('the access token opens an admin route of the platform, verified with the JWKS read from the emulator', async () => {
    const response = await stats(admin.accessToken);
    expect(response.status, response.text).toBe(200);
    expect(response.json).toHaveProperty('users');
  });

  it('a later sign-in asks for the authenticator code and succeeds with the enrolled secret, fails with a wrong password', async () => {
    await expect(signInAdministrator(cognito, { ...identity.adminPool, email: 'ops@example.com', password: strongPassword })).rejects.toThrow(/authenticator code/);
    const again = await signInAdministrator(cognito, { ...identity.adminPool, email: 'ops@example.com', password: strongPassword, totpSecret: admin.newTotpSecret });
    expect((await stats(again.accessToken)).status).toBe(200);
    await expect(signInAdministrator(cognito, { ...identity.adminPool, email: 'ops@example.com', password: 'Wrong-Password-123!' })).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('a user of the pool outside the ADMINISTRATOR group gets 403', async () => {
    await createUser('viewer@example.com', []);
    const viewer = await firstSignIn('viewer@example.com');
    const response = await stats(viewer.accessToken);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('an ID token of an administrator gets 401', async () => {
    expect(decode(admin.idToken).token_use).toBe('id');
    expect((await stats(admin.idToken)).status).toBe(401);
  });

  it('an access token of another client of the same pool gets 401', async () => {
    const { UserPoolClient } = await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: identity.adminPool.userPoolId, ClientName: 'other', ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH'] }));
    const other = await signInAdministrator(cognito, { ...identity.adminPool, clientId: UserPoolClient!.ClientId!, email: 'ops@example.com', password: strongPassword, totpSecret: admin.newTotpSecret });
    expect(decode(other.accessToken).client_id).toBe(UserPoolClient!.ClientId);
    expect((await stats(other.accessToken)).status).toBe(401);
  });

  it('an access token of another pool (an ADMINISTRATOR there) gets 401', async () => {
    const { UserPool } = await cognito.send(new CreateUserPoolCommand({ PoolName: 'elsewhere' }));
    const otherPool = await signedInAdministratorOfAnotherPool(UserPool!.Id!);
    const response = await stats(otherPool.accessToken);
    expect(decode(otherPool.accessToken)['cognito:groups']).toEqual(['ADMINISTRATOR']);
    expect(response.status).toBe(401);
  });
});

/** An administrator of a second pool with its own client and ADMINISTRATOR group, signed in. */
const signedInAdministratorOfAnotherPool = async (userPoolId: string) => {
  const { UserPoolClient } = await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: 'api' }));
  await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'ADMINISTRATOR' }));
  await cognito.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: 'ops@example.com', TemporaryPassword: 'Temporary-Passw0rd!', MessageAction: 'SUPPRESS' }));
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: 'ops@example.com', GroupName: 'ADMINISTRATOR' }));
  return signInAdministrator(cognito, { userPoolId, clientId: UserPoolClient!.ClientId!, email: 'ops@example.com', password: 'Temporary-Passw0rd!', newPassword: strongPassword });
};

describe('customer tokens signed through KMS (moto)', () => {
  const jwks = async () => (await api.call('GET', '/.well-known/jwks.json')).json as { keys: Array<Record<string, string>> };
  /** An ES256 check with node's crypto alone: none of the platform's token code is involved. */
  const verifiesWith = (token: string, keys: Array<Record<string, string>>) => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string; alg: string };
    const jwk = keys.find((key) => key.kid === kid);
    if (!jwk || alg !== 'ES256') return false;
    return verifySignature('sha256', Buffer.from(`${header}.${payload}`), { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  };

  it('the key is ECC_NIST_P256 for signing, as the template makes it', async () => {
    const kms = new KMSClient(emulatorClientConfig(emulator().endpoint));
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: identity.customerTokenKeyId }));
    kms.destroy();
    expect(KeyMetadata).toMatchObject({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
  });

  it('a token the platform issues at sign-up verifies against /.well-known/jwks.json with node’s crypto', async () => {
    const customer = await api.register();
    const keys = (await jwks()).keys;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(verifiesWith(customer.accessToken, keys)).toBe(true);
    expect((await api.call('GET', '/v1/subscriptions', { token: customer.accessToken })).status).toBe(200);
  });

  it('a token signed by another KMS key (same kid claimed) is refused by the check and by the platform', async () => {
    const kms = new KMSClient(emulatorClientConfig(emulator().endpoint));
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }));
    const customer = await api.register();
    const claims = decode(customer.accessToken);
    const { kid } = JSON.parse(Buffer.from(customer.accessToken.split('.')[0]!, 'base64url').toString()) as { kid: string };
    const forged = await kmsTokenSigner(kmsSigningKey(KeyMetadata!.KeyId!, emulatorClientConfig(emulator().endpoint))).sign(claims);
    const forgedWithKid = [Buffer.from(JSON.stringify({ alg: 'ES256', kid })).toString('base64url'), ...forged.split('.').slice(1)].join('.');
    kms.destroy();
    expect(verifiesWith(forgedWithKid, (await jwks()).keys)).toBe(false);
    expect((await api.call('GET', '/v1/subscriptions', { token: forgedWithKid })).status).toBe(401);
  });
});
