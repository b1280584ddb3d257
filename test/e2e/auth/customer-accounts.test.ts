import { JwtVerifier } from 'aws-jwt-verify';
import { describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);

describe('customer accounts over HTTP', () => {
  it('registers with a normalised email, answers a token pair, and never shows the password or its hash', async () => {
    const response = await api.call('POST', '/v1/auth/register', {
      body: { email: '  Grace.Hopper@Example.COM ', password: 'correct horse battery staple', name: 'Grace' },
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ user: { email: 'grace.hopper@example.com', name: 'Grace', status: 'ACTIVE' }, expiresIn: 900 });
    expect(response.text).not.toContain('correct horse');
    expect(response.text).not.toMatch(/argon2|passwordHash/);

    const again = await api.call('POST', '/v1/auth/register', { body: { email: 'GRACE.HOPPER@example.com', password: 'another long password 1', name: 'G' } });
    expect(again.status).toBe(409);
  });

  it('issues access tokens that a standard verifier accepts with the published JWKS', async () => {
    const { accessToken, user } = await api.register();
    const jwks = (await api.call('GET', '/.well-known/jwks.json')).json as { keys: { kid: string; alg: string }[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(JSON.stringify(jwks)).not.toContain('"d"');
    const verifier = JwtVerifier.create({ issuer: 'https://paas-platform/customers', audience: 'paas-api', jwksUri: `${platform().url}/.well-known/jwks.json` });
    verifier.cacheJwks(jwks as never);
    const payload = await verifier.verify(accessToken);
    expect(payload.sub).toBe(user.id);
    expect(payload.exp! - payload.iat!).toBe(900);
  });

  it('refuses weak passwords and bad emails, naming the field', async () => {
    const cases = [
      [{ email: 'x@example.com', password: 'short', name: 'X' }, 'body.password'],
      [{ email: 'x@example.com', password: 'password1234', name: 'X' }, 'body.password'],
      [{ email: 'not-an-email', password: 'correct horse battery staple', name: 'X' }, 'body.email'],
      [{ email: 'x@example.com', password: 'correct horse battery staple', name: 'X', role: 'admin' }, 'body.role'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await api.call('POST', '/v1/auth/register', { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('answers an unknown email and a wrong password with the same 401', async () => {
    const { email } = await api.register();
    const wrongPassword = await api.login(email, 'not the password at all');
    const unknownEmail = await api.login('nobody-here@example.com', 'not the password at all');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const { requestId: _a, ...first } = wrongPassword.json;
    const { requestId: _b, ...second } = unknownEmail.json;
    expect(first).toEqual(second);
  });

  it('logs in with any casing of the email and shows and edits the profile', async () => {
    const { email, password } = await api.register({ name: 'Before' });
    const login = await api.login(email.toUpperCase(), password);
    expect(login.status).toBe(200);
    const token = login.json.accessToken as string;
    expect((await api.call('GET', '/v1/auth/me', { token })).json).toMatchObject({ email, name: 'Before' });
    const renamed = await api.call('PATCH', '/v1/auth/me', { token, body: { name: 'After' } });
    expect(renamed.status).toBe(200);
    expect(renamed.json.name).toBe('After');
    const sneaky = await api.call('PATCH', '/v1/auth/me', { token, body: { status: 'ACTIVE', emailVerified: true } });
    expect(sneaky.status).toBe(400);
    expect(sneaky.json.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.emailVerified', 'body.status']));
  });

  it('rotates refresh tokens, and the reuse of a rotated one revokes the whole family', async () => {
    const first = await api.register();
    const second = await api.refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.json.refreshToken).not.toBe(first.refreshToken);
    const third = await api.refresh(second.json.refreshToken);
    expect(third.status).toBe(200);

    // The first token, used again: the family is revoked, so even the newest token stops working.
    expect((await api.refresh(first.refreshToken)).status).toBe(401);
    expect((await api.refresh(third.json.refreshToken)).status).toBe(401);
    // A fresh login still works: only that family was ended.
    expect((await api.login(first.email, first.password)).status).toBe(200);
  });

  it('changes the password only with the current one and to an uncommon one, and ends the other sessions', async () => {
    const account = await api.register();
    const other = await api.login(account.email, account.password);
    const token = account.accessToken;

    const missing = await api.call('PATCH', '/v1/auth/me', { token, body: { password: 'a brand new passphrase' } });
    expect(missing.status).toBe(400);
    expect(missing.json.errors[0].field).toBe('body.currentPassword');
    const wrong = await api.call('PATCH', '/v1/auth/me', { token, body: { password: 'a brand new passphrase', currentPassword: 'wrong one' } });
    expect(wrong.status).toBe(400);
    const common = await api.call('PATCH', '/v1/auth/me', { token, body: { password: 'Password1234', currentPassword: account.password } });
    expect(common.status).toBe(400);
    expect(common.json.errors.map((e: { field: string }) => e.field)).toEqual(['body.password']);
    expect((await api.login(account.email, account.password)).status).toBe(200);

    const changed = await api.call('PATCH', '/v1/auth/me', { token, body: { password: 'a brand new passphrase', currentPassword: account.password } });
    expect(changed.status).toBe(200);
    expect((await api.refresh(other.json.refreshToken)).status).toBe(401);
    expect((await api.refresh(account.refreshToken)).status).toBe(200);
    expect((await api.login(account.email, account.password)).status).toBe(401);
    expect((await api.login(account.email, 'a brand new passphrase')).status).toBe(200);
  });

  it('logs out: the refresh token given stops working, others of the account do not', async () => {
    const account = await api.register();
    const other = await api.login(account.email, account.password);
    const out = await api.call('POST', '/v1/auth/logout', { token: account.accessToken, body: { refreshToken: account.refreshToken } });
    expect(out.status).toBe(204);
    expect((await api.refresh(account.refreshToken)).status).toBe(401);
    expect((await api.refresh(other.json.refreshToken)).status).toBe(200);
    // Without a body, logout ends the session of the access token itself.
    const bare = await api.call('POST', '/v1/auth/logout', { token: other.json.accessToken });
    expect(bare.status).toBe(204);
  });

  it('a disabled account can neither log in nor refresh', async () => {
    const account = await api.register();
    const admin = await api.adminToken();
    const disabled = await api.call('PATCH', `/v1/admin/users/${account.user.id}`, { token: admin, body: { status: 'DISABLED' } });
    expect(disabled.status).toBe(200);
    expect((await api.login(account.email, account.password)).status).toBe(403);
    expect((await api.refresh(account.refreshToken)).status).toBe(401);
  });
});

describe('failed logins are rate limited', () => {
  it('locks an account after five failures with 429 and Retry-After, even for the right password', async () => {
    const account = await api.register();
    for (let i = 0; i < 5; i++) expect((await api.login(account.email, `wrong password ${i}`)).status).toBe(401);
    const locked = await api.login(account.email, account.password);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it('clears the count of an account on a successful login', async () => {
    const account = await api.register();
    for (let i = 0; i < 4; i++) await api.login(account.email, `wrong password ${i}`);
    expect((await api.login(account.email, account.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await api.login(account.email, `wrong again ${i}`)).status).toBe(401);
    expect((await api.login(account.email, account.password)).status).toBe(200);
  });

  it('limits one source address across accounts', async () => {
    // 50 failures per window from one address; earlier tests of this file already spent some.
    let status = 401;
    let attempts = 0;
    while (status === 401 && attempts < 60) {
      status = (await api.login(`spray-${attempts}@example.com`, 'guess guess guess')).status;
      attempts++;
    }
    expect(status).toBe(429);
    expect(attempts).toBeLessThanOrEqual(51);
  }, 60_000);
});
