import { describe, expect, it } from 'vitest';
import { ADMIN_GROUP } from '../../shared/auth/admin-token';
import { customerTokenKeyOf, onlyResourceOf, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

const { template } = synthPlatformStack();
const only = (type: string) => onlyResourceOf(template, type);

describe('the administrators’ user pool', () => {
  const [poolId, pool] = only('AWS::Cognito::UserPool');

  it('has no self sign-up: an operator creates every administrator', () => {
    expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
  });

  it('signs in with an email address, case-insensitively', () => {
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
    expect(pool.Properties.UsernameConfiguration).toEqual({ CaseSensitive: false });
    expect(pool.Properties.AutoVerifiedAttributes).toEqual(['email']);
  });

  it('requires MFA with an authenticator app (TOTP), and nothing else', () => {
    expect(pool.Properties.MfaConfiguration).toBe('ON');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Properties.SmsConfiguration).toBeUndefined();
    expect(resourcesOf(template, 'AWS::IAM::Role').filter(([id]) => id.startsWith('Admins'))).toEqual([]);
  });

  it('has a strong password policy and a short-lived temporary password', () => {
    expect(pool.Properties.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 14,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 1,
    });
    expect(pool.Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(14);
  });

  it('recovers accounts by verified email only', () => {
    expect(pool.Properties.AccountRecoverySetting).toEqual({ RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] });
  });

  it('is protected from deletion and kept when the stack goes', () => {
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.UpdateReplacePolicy).toBe('Retain');
  });

  it('has the ADMINISTRATOR group the admin routes require', () => {
    const [, group] = only('AWS::Cognito::UserPoolGroup');
    expect(ADMIN_GROUP).toBe('ADMINISTRATOR');
    expect(group.Properties).toMatchObject({ GroupName: ADMIN_GROUP, UserPoolId: { Ref: poolId } });
  });

  it('has one public app client: no secret, SRP, the server-side password flow (IAM-guarded) and refresh tokens only, no OAuth, short access tokens', () => {
    const [, client] = only('AWS::Cognito::UserPoolClient');
    expect(client.Properties).toMatchObject({
      UserPoolId: { Ref: poolId },
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: false,
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
    expect([...client.Properties.ExplicitAuthFlows].sort()).toEqual(['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']);
    expect(client.Properties.TokenValidityUnits.AccessToken).toBe('minutes');
    expect(client.Properties.AccessTokenValidity).toBeGreaterThanOrEqual(15);
    expect(client.Properties.AccessTokenValidity).toBeLessThanOrEqual(60);
  });
});

describe('the customer token key', () => {
  const [keyId, key] = customerTokenKeyOf(template);

  it('is an asymmetric P-256 signing key (ES256)', () => {
    expect(key.Properties).toMatchObject({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    expect(key.Properties.Description).toMatch(/customer access tokens/);
  });

  it('has an alias, and is kept when the stack goes', () => {
    const [, alias] = resourcesOf(template, 'AWS::KMS::Alias').find(([, a]) => JSON.stringify(a.Properties?.TargetKeyId).includes(keyId)) ?? [];
    expect(alias).toBeDefined();
    expect(alias!.Properties).toMatchObject({ AliasName: expect.stringMatching(/^alias\/.+customer-access-tokens$/), TargetKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    expect(key.DeletionPolicy).toBe('Retain');
    expect(key.UpdateReplacePolicy).toBe('Retain');
  });
});

describe('stack outputs', () => {
  const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;

  it('name the admin pool and client, for the admin console and the bootstrap commands', () => {
    const [poolId] = onlyResourceOf(template, 'AWS::Cognito::UserPool');
    const [clientId] = onlyResourceOf(template, 'AWS::Cognito::UserPoolClient');
    expect(outputs.AdminUserPoolId?.Value).toEqual({ Ref: poolId });
    expect(outputs.AdminClientId?.Value).toEqual({ Ref: clientId });
  });
});
