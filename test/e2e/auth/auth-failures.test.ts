import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateLocalKeyPair, loadOrCreateKeyPair, signWithLocalKey } from '../../../shared/auth/local-key-signer';
import { apiClient, type Tokens } from '../../support/api-client';
import { captureLogLines } from '../../support/captured-logs';
import { useLocalPlatform } from '../../support/local-platform';

// The most talkative log level for this file, set before the logger is built; its lines are collected below.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
});
const logLines = captureLogLines();

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const customerClaims = (sub: string, overrides: Record<string, unknown> = {}) => {
  const iat = Math.floor(Date.now() / 1000);
  return { iss: 'https://paas-platform/customers', aud: 'paas-api', sub, sid: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', token_use: 'access', iat, exp: iat + 600, ...overrides };
};

let customer: Tokens & { password: string; email: string };
const tokens: Record<string, string> = {};

beforeAll(async () => {
  customer = await api.register();
  const platformKey = loadOrCreateKeyPair(process.env.CUSTOMER_TOKEN_LOCAL_KEY_FILE!);
  const otherKey = generateLocalKeyPair();
  const [header, payload] = customer.accessToken.split('.');
  tokens.customer = customer.accessToken;
  tokens.expired = await signWithLocalKey(platformKey, customerClaims(customer.user.id, { iat: 1_700_000_000, exp: 1_700_000_900 }));
  tokens.otherKey = await signWithLocalKey(otherKey, customerClaims(customer.user.id));
  tokens.otherKeySameKid = await signWithLocalKey({ ...otherKey, publicJwk: { ...otherKey.publicJwk, kid: platformKey.publicJwk.kid } }, customerClaims(customer.user.id));
  tokens.wrongAudience = await signWithLocalKey(platformKey, customerClaims(customer.user.id, { aud: 'someone-else' }));
  tokens.algNone = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
  tokens.algHs256 = `${b64({ alg: 'HS256', typ: 'JWT', kid: platformKey.publicJwk.kid })}.${payload}.${Buffer.from('forged').toString('base64url')}`;
  tokens.tamperedPayload = `${header}.${b64(customerClaims('01JD7Y7Q3M8Z6W5V4T3S2R1Q0Q'))}.${customer.accessToken.split('.')[2]}`;
  tokens.admin = await api.adminToken();
  tokens.adminWrongGroup = await api.adminToken('viewer@example.com', { groups: ['VIEWERS'] });
  tokens.adminWrongClient = await api.adminToken('admin@example.com', { clientId: 'someotherclient000000000000' });
  tokens.adminExpired = await api.adminToken('admin@example.com', { minutes: -5 });
});

const customerRoute = ['GET', '/v1/auth/me'] as const;
const adminRoute = ['GET', '/v1/admin/stats'] as const;

describe('every way a credential can be wrong', () => {
  it.each(
    ([
    ['no token', undefined, 401, 401],
    ['a malformed header', 'Basic dXNlcjpwYXNz', 401, 401],
    ['a token that is not a JWT', 'Bearer not.a.jwt', 401, 401],
    ['an expired customer token', 'expired', 401, 401],
    ['a token signed by another key', 'otherKey', 401, 401],
    ['another key claiming the platform key id', 'otherKeySameKid', 401, 401],
    ['a token for another audience', 'wrongAudience', 401, 401],
    ['alg: none', 'algNone', 401, 401],
    ['an HMAC token keyed with the public key', 'algHs256', 401, 401],
    ['a tampered payload', 'tamperedPayload', 401, 401],
    ['a customer token', 'customer', 200, 403],
    ['an admin token', 'admin', 403, 200],
    ['an admin token of another group', 'adminWrongGroup', 403, 403],
    ['an admin token of another client', 'adminWrongClient', 401, 401],
    ['an expired admin token', 'adminExpired', 401, 401],
    ] as const).map(([name, credential, customerStatus, adminStatus]) => ({ name, credential, customerStatus, adminStatus })),
  )('$name: $customerStatus on a customer route, $adminStatus on an admin route', async ({ credential, customerStatus, adminStatus }) => {
    const header = credential === undefined ? undefined : credential.includes(' ') ? credential : `Bearer ${tokens[credential]}`;
    const headers = header ? { authorization: header } : undefined;
    const onCustomerRoute = await api.call(customerRoute[0], customerRoute[1], { headers });
    const onAdminRoute = await api.call(adminRoute[0], adminRoute[1], { headers });
    expect(onCustomerRoute.status).toBe(customerStatus);
    expect(onAdminRoute.status).toBe(adminStatus);
    for (const response of [onCustomerRoute, onAdminRoute]) {
      if (response.status === 401) expect(response.headers.get('www-authenticate')).toBe('Bearer');
      if (response.status >= 400) expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});

describe('secrets stay secret', () => {
  it('no response or log line of a whole account lifecycle holds a password, hash, token or key', async () => {
    const firstLine = logLines.length;
    const responses: string[] = [];
    const password = 'a secret passphrase 7731';
    const account = await api.register({ password });
    responses.push(JSON.stringify(account));
    responses.push((await api.login(account.email, 'wrong passphrase 7731')).text);
    const login = await api.login(account.email, password);
    responses.push((await api.refresh(login.json.refreshToken)).text);
    responses.push((await api.call('GET', '/v1/auth/me', { token: login.json.accessToken })).text);
    responses.push((await api.call('PATCH', '/v1/auth/me', { token: login.json.accessToken, body: { password: 'another secret 99182', currentPassword: password } })).text);
    responses.push((await api.call('GET', `/v1/admin/users/${account.user.id}`, { token: tokens.admin })).text);
    responses.push((await api.call('GET', '/v1/admin/users', { token: tokens.admin })).text);
    const lines = logLines.slice(firstLine);
    const logText = lines.join('\n');
    // Every request logged at least its access line, so the check below has something to look at.
    expect(lines.filter((line) => line.includes('"message":"request"')).length).toBeGreaterThanOrEqual(7);
    for (const secret of [password, 'wrong passphrase 7731', 'another secret 99182', login.json.refreshToken, login.json.accessToken, tokens.admin, '$argon2id']) {
      expect(logText).not.toContain(secret);
    }
    const refreshSecret = (login.json.refreshToken as string).split('.')[2]!;
    expect(logText).not.toContain(refreshSecret);
    for (const response of responses.slice(1)) {
      expect(response).not.toContain(password);
      expect(response).not.toContain('$argon2id');
      expect(response).not.toMatch(/"passwordHash"|"tokenHash"|"d":/);
    }
  });
});
