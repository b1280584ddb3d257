import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiClient } from '../../support/api-client';
import { captureLogLines } from '../../support/captured-logs';
import { useLocalPlatform } from '../../support/local-platform';
import { until } from '../../support/provisioning';

// The most talkative log level, set before the logger is built: no line of it may carry a secret or a code.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
});
const logLines = captureLogLines();

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);

/** The code an authenticator app shows at a time step, made by `otpauth` from the enrolment's secret. */
const codeAt = (secret: string, step: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * 30_000 });
const currentStep = () => Math.floor(Date.now() / 30_000);

const mailSubjectsTo = (email: string): string[] => {
  const folder = platform().mailDir;
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')))
    .filter((mail) => mail.to === email)
    .map((mail) => mail.subject as string);
};

const shown: string[] = [];

describe('two-factor sign-in (TOTP) over HTTP', () => {
  let customer: Awaited<ReturnType<typeof api.register>>;
  let secret: string;
  let recoveryCodes: string[];
  let lastStep: number;

  beforeAll(async () => {
    customer = await api.register({ name: 'Careful customer' });
  });

  it('enrols with an otpauth URI, stays off until a code confirms it, then shows ten recovery codes once', async () => {
    const enrolled = await api.call('POST', '/v1/auth/mfa/totp', { token: customer.accessToken });
    expect(enrolled.status, enrolled.text).toBe(200);
    secret = enrolled.json.secret;
    shown.push(secret);
    expect(enrolled.json.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(enrolled.json.otpauthUri).toContain(`secret=${secret}`);

    // Pending: the password alone still signs in.
    expect((await api.login(customer.email, customer.password)).json.accessToken).toBeTruthy();

    const wrong = await api.call('POST', '/v1/auth/mfa/totp/confirm', { token: customer.accessToken, body: { code: codeAt(secret, currentStep() + 5) } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors[0].field).toBe('body.code');

    lastStep = currentStep();
    const confirmed = await api.call('POST', '/v1/auth/mfa/totp/confirm', { token: customer.accessToken, body: { code: codeAt(secret, lastStep) } });
    expect(confirmed.status, confirmed.text).toBe(200);
    recoveryCodes = confirmed.json.recoveryCodes;
    shown.push(...recoveryCodes);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    expect((await api.call('POST', '/v1/auth/mfa/totp', { token: customer.accessToken })).status).toBe(409);
    const me = await api.call('GET', '/v1/auth/me', { token: customer.accessToken });
    expect(me.text).not.toContain(secret);
  });

  it('signs in in two steps: the password answers a challenge (no tokens, not an access token), a code answers the tokens', async () => {
    const first = await api.login(customer.email, customer.password);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ mfaRequired: true, mfaToken: expect.stringMatching(/^mfa_/) });
    shown.push(/^mfa_[0-9A-Z]{26}_[0-9A-Z]{26}_(.+)$/.exec(first.json.mfaToken)![1]!);
    expect(first.text).not.toContain('accessToken');
    expect((await api.call('GET', '/v1/auth/me', { token: first.json.mfaToken })).status).toBe(401);

    // The code that confirmed the enrolment is spent: a replay is refused.
    const replay = await api.call('POST', '/v1/auth/login/mfa', { body: { mfaToken: first.json.mfaToken, code: codeAt(secret, lastStep) } });
    expect(replay.status).toBe(401);

    lastStep += 1;
    const second = await api.call('POST', '/v1/auth/login/mfa', { body: { mfaToken: first.json.mfaToken, code: codeAt(secret, lastStep) } });
    expect(second.status, second.text).toBe(200);
    expect(second.json).toMatchObject({ user: { id: customer.user.id }, expiresIn: 900 });
    expect((await api.call('GET', '/v1/auth/me', { token: second.json.accessToken })).status).toBe(200);

    // The challenge is single-use, and so is the code, even with a fresh challenge.
    expect((await api.call('POST', '/v1/auth/login/mfa', { body: { mfaToken: first.json.mfaToken, code: codeAt(secret, lastStep + 1) } })).status).toBe(401);
    const again = await api.login(customer.email, customer.password);
    const replayed = await api.call('POST', '/v1/auth/login/mfa', { body: { mfaToken: again.json.mfaToken, code: codeAt(secret, lastStep) } });
    expect(replayed.status).toBe(401);
  });

  it('accepts a recovery code once in place of a code', async () => {
    const first = await api.login(customer.email, customer.password);
    const used = await api.call('POST', '/v1/auth/login/mfa', { body: { mfaToken: first.json.mfaToken, code: recoveryCodes[0]!.toLowerCase() } });
    expect(used.status, used.text).toBe(200);
    const second = await api.login(customer.email, customer.password);
    expect((await api.call('POST', '/v1/auth/login/mfa', { body: { mfaToken: second.json.mfaToken, code: recoveryCodes[0] } })).status).toBe(401);
  });

  it('turns off with a code (a wrong one is refused, naming the field), and the password alone signs in again', async () => {
    const wrong = await api.call('DELETE', '/v1/auth/mfa/totp', { token: customer.accessToken, body: { code: '000000' } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors[0].field).toBe('body.code');
    expect((await api.call('DELETE', '/v1/auth/mfa/totp', { token: customer.accessToken, body: { code: recoveryCodes[0] } })).status).toBe(400);

    const off = await api.call('DELETE', '/v1/auth/mfa/totp', { token: customer.accessToken, body: { code: recoveryCodes[1] } });
    expect(off.status, off.text).toBe(204);
    const login = await api.login(customer.email, customer.password);
    expect(login.json.accessToken).toBeTruthy();
    expect((await api.call('DELETE', '/v1/auth/mfa/totp', { token: customer.accessToken, body: { code: recoveryCodes[2] } })).status).toBe(409);
  });

  it('emails the owner when two-factor sign-in is turned on and off; no answer after the first, mail or log line holds the secret or a code', async () => {
    const subjects = await until(
      async () => mailSubjectsTo(customer.email),
      (found) => found.includes('Two-factor sign-in turned on') && found.includes('Two-factor sign-in turned off'),
      'the two-factor emails',
    );
    expect(subjects).toContain('Two-factor sign-in turned off');
    const folder = platform().mailDir;
    const mailText = readdirSync(folder).map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
    for (const value of shown) {
      expect(mailText).not.toContain(value);
      for (const line of logLines) expect(line).not.toContain(value);
    }
  });

  it('limits wrong codes per account: 429 with Retry-After after five', async () => {
    const other = await api.register();
    const enrolled = await api.call('POST', '/v1/auth/mfa/totp', { token: other.accessToken });
    const step = currentStep();
    expect((await api.call('POST', '/v1/auth/mfa/totp/confirm', { token: other.accessToken, body: { code: codeAt(enrolled.json.secret, step) } })).status).toBe(200);
    const challenge = (await api.login(other.email, other.password)).json.mfaToken;
    const statuses: number[] = [];
    for (let n = 0; n < 6; n++) {
      statuses.push((await api.call('POST', '/v1/auth/login/mfa', { body: { mfaToken: challenge, code: codeAt(enrolled.json.secret, step + 10) } })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const blocked = await api.call('POST', '/v1/auth/login/mfa', { body: { mfaToken: challenge, code: codeAt(enrolled.json.secret, currentStep() + 1) } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
