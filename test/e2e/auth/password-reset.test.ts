import { describe, expect, it, vi } from 'vitest';
import { apiClient } from '../../support/api-client';
import { inboxOf, linkTokenOf, waitForMail } from '../../support/account-mail';
import { captureLogLines } from '../../support/captured-logs';
import { readProblem, useLocalPlatform } from '../../support/local-platform';

/**
 * Password reset as a person goes through it: ask, find the mail in the platform's mail folder, follow the
 * link once. An unknown address gets the same answer and no mail.
 */
// The most talkative log level, set before the logger is built: no line of it may hold a link's token.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
});
const logLines = captureLogLines();

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);
const RESET = 'account.password-reset';

const forgot = (email: string) => api.call('POST', '/v1/auth/password/forgot', { body: { email } });

describe('password reset over HTTP', () => {
  it('emails a link that resets the password once, ends every session, and lets the new password sign in', async () => {
    const ada = await api.register({ email: 'ada.reset@example.com' });
    const otherSession = (await api.login(ada.email, ada.password)).json.refreshToken as string;

    const asked = await forgot('  ADA.reset@example.com ');
    expect(asked.status).toBe(202);
    const mail = await waitForMail(platform().mailDir, ada.email, RESET);
    expect(mail.subject).toBe('Reset your password');
    expect(mail.text).toMatch(/^Hello Test Customer,/);
    const token = linkTokenOf(mail);

    const reset = await api.call('POST', '/v1/auth/password/reset', { body: { token, password: 'a brand new passphrase' } });
    expect(reset.status, reset.text).toBe(204);
    expect(reset.text).toBe('');

    // Every session ended: both refresh tokens are refused.
    expect((await api.refresh(ada.refreshToken)).status).toBe(401);
    expect((await api.refresh(otherSession)).status).toBe(401);
    expect((await api.login(ada.email, ada.password)).status).toBe(401);
    expect((await api.login(ada.email, 'a brand new passphrase')).status).toBe(200);
    // The address is told it happened.
    expect((await inboxOf(platform().mailDir, ada.email, 'account.password-changed')).length).toBe(1);

    // The link works once: a second use is refused with the reason, and changes nothing.
    const again = await api.call('POST', '/v1/auth/password/reset', { body: { token, password: 'yet another passphrase' } });
    expect(again.status).toBe(400);
    const problem = await readProblem(new Response(again.text));
    expect(problem.body.errors).toEqual([{ field: 'body.token', message: 'was used already' }]);
    expect(again.text).not.toContain(token);
    expect((await api.login(ada.email, 'a brand new passphrase')).status).toBe(200);

    // Neither link's token (the reset's, nor the verification's that api.register followed) is in any log line.
    const verification = linkTokenOf(await waitForMail(platform().mailDir, ada.email, 'account.email-verification'));
    expect(logLines.filter((line) => line.includes('"message":"request"')).length).toBeGreaterThanOrEqual(5);
    for (const secret of [token, verification, 'a brand new passphrase']) expect(logLines.join('\n')).not.toContain(secret);

    await platform().drainStreams();
    expect(platform().bus.recent().filter((e) => e.type === 'user.password-reset' && (e.detail as { userId: string }).userId === ada.user.id)).toHaveLength(1);
  });

  it('answers an unknown address exactly as a known one, and sends it nothing', async () => {
    const known = await api.register({ email: 'known.reset@example.com' });
    const before = (await inboxOf(platform().mailDir, 'nobody.here@example.com')).length;
    const [forKnown, forUnknown] = await Promise.all([forgot(known.email), forgot('nobody.here@example.com')]);
    expect(forUnknown.status).toBe(202);
    expect(forKnown.status).toBe(202);
    expect(forUnknown.text).toBe(forKnown.text);
    expect(forUnknown.headers.get('content-type')).toBe(forKnown.headers.get('content-type'));
    expect((await inboxOf(platform().mailDir, 'nobody.here@example.com')).length).toBe(before);
    expect((await inboxOf(platform().mailDir, known.email, RESET)).length).toBe(1);
  });

  it('refuses forged, malformed and weak-password resets with the reason, changing nothing', async () => {
    const bob = await api.register({ email: 'bob.reset@example.com' });
    await forgot(bob.email);
    const token = linkTokenOf(await waitForMail(platform().mailDir, bob.email, RESET));

    const forged = await api.call('POST', '/v1/auth/password/reset', { body: { token: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, password: 'a brand new passphrase' } });
    expect(forged.status).toBe(400);
    expect(forged.json.errors[0].field).toBe('body.token');
    expect(forged.json.errors[0].message).toMatch(/not a link this platform sent/);

    const weak = await api.call('POST', '/v1/auth/password/reset', { body: { token, password: 'password1234' } });
    expect(weak.status).toBe(400);
    expect(weak.json.errors[0].field).toBe('body.password');
    expect(weak.text).not.toContain(token);

    // Neither attempt used the token or changed the password.
    expect((await api.login(bob.email, bob.password)).status).toBe(200);
    expect((await api.call('POST', '/v1/auth/password/reset', { body: { token, password: 'a brand new passphrase' } })).status).toBe(204);
  });

  it('limits reset mails per address, whether or not an account has it', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await forgot('flood.target@example.com')).status);
    expect(answers).toEqual([202, 202, 202, 202, 202, 429]);
  });
});
