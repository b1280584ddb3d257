import { DocumentClient, GetCommand, UpdateCommand } from '../../../shared/aws/dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { hashAccountToken } from '../../../shared/accounts/account-token';
import { keys } from '../../../shared/data/keys';
import { apiClient } from '../../support/api-client';
import { inboxOf, linkTokenOf, waitForMail } from '../../support/account-mail';
import { useLocalPlatform } from '../../support/local-platform';

/**
 * Changing the sign-in address as a person does it over HTTP: the new address must prove itself through the
 * link mailed to it before it takes effect, and the old one is told at the request and at the change.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);
const CHANGE_LINK = 'account.email-change';
const REQUESTED = 'account.email-change-requested';
const CHANGED = 'account.email-changed';

let db: DocumentClient | undefined;
const table = () => {
  db ??= new DocumentClient({ endpoint: platform().dynamoDbEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  return db;
};
afterAll(() => db?.destroy());

const me = async (accessToken: string) => (await api.call('GET', '/v1/auth/me', { token: accessToken })).json;

describe('changing the email address over HTTP', () => {
  it('moves the account to the new address only when its link is followed, telling the old address twice', async () => {
    const ada = await api.register({ email: 'ada.before@example.com', name: 'Ada' });
    const asked = await api.call('PATCH', '/v1/auth/me', { token: ada.accessToken, body: { email: ' Ada.After@Example.com ', currentPassword: ada.password } });
    expect(asked.status, asked.text).toBe(200);
    expect(asked.json).toMatchObject({ email: 'ada.before@example.com', pendingEmail: 'ada.after@example.com', emailVerified: true });

    const link = await waitForMail(platform().mailDir, 'ada.after@example.com', CHANGE_LINK);
    expect(link.subject).toBe('Confirm your new email address');
    const notice = await waitForMail(platform().mailDir, 'ada.before@example.com', REQUESTED);
    expect(notice.text).toContain('ada.after@example.com');
    expect(notice.text).not.toMatch(/#token=/);

    // Pending: the account still signs in with its old address, never the new one.
    expect((await api.login('ada.after@example.com', ada.password)).status).toBe(401);
    expect((await api.login('ada.before@example.com', ada.password)).status).toBe(200);

    const token = linkTokenOf(link);
    const used = await api.call('POST', '/v1/auth/email/verify', { body: { token } });
    expect(used.status, used.text).toBe(204);
    const after = await me(ada.accessToken);
    expect(after).toMatchObject({ email: 'ada.after@example.com', emailVerified: true });
    expect(after).not.toHaveProperty('pendingEmail');
    expect((await api.login('ada.after@example.com', ada.password)).status).toBe(200);
    expect((await api.login('ada.before@example.com', ada.password)).status).toBe(401);
    // The old address is free for anyone now.
    expect((await api.call('POST', '/v1/auth/register', { body: { email: 'ada.before@example.com', password: 'another long passphrase', name: 'New Ada' } })).status).toBe(201);

    const changed = await waitForMail(platform().mailDir, 'ada.before@example.com', CHANGED);
    expect(changed.text).toContain('ada.after@example.com');

    const again = await api.call('POST', '/v1/auth/email/verify', { body: { token } });
    expect(again.status).toBe(400);
    expect(again.json.errors).toEqual([{ field: 'body.token', message: 'was used already' }]);

    await platform().drainStreams();
    const events = platform().bus.recent().filter((event) => (event.detail as { userId?: string }).userId === ada.user.id);
    expect(events.filter((event) => event.type === 'user.email-changed')).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('ada.after@example.com');
  });

  it('needs the current password, and refuses an address another account holds (409 naming body.email) with nothing changed', async () => {
    const grace = await api.register({ email: 'grace.change@example.com' });
    await api.register({ email: 'taken.change@example.com' });

    const withoutPassword = await api.call('PATCH', '/v1/auth/me', { token: grace.accessToken, body: { email: 'grace.new@example.com' } });
    expect(withoutPassword.status).toBe(400);
    expect(withoutPassword.json.errors).toEqual([expect.objectContaining({ field: 'body.currentPassword' })]);
    const wrongPassword = await api.call('PATCH', '/v1/auth/me', { token: grace.accessToken, body: { email: 'grace.new@example.com', currentPassword: 'not the password' } });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.json.errors).toEqual([{ field: 'body.currentPassword', message: 'is wrong' }]);
    const notAnAddress = await api.call('PATCH', '/v1/auth/me', { token: grace.accessToken, body: { email: 'grace at example', currentPassword: grace.password } });
    expect(notAnAddress.status).toBe(400);
    expect(notAnAddress.json.errors[0].field).toBe('body.email');

    const taken = await api.call('PATCH', '/v1/auth/me', { token: grace.accessToken, body: { email: 'taken.change@example.com', name: 'Renamed', currentPassword: grace.password } });
    expect(taken.status).toBe(409);
    expect(taken.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(taken.json.errors).toEqual([{ field: 'body.email', message: 'belongs to another account' }]);

    // Nothing was written, not even the name asked for alongside, and no mail left.
    const unchanged = await me(grace.accessToken);
    expect(unchanged.name).toBe(grace.user.name);
    expect(unchanged).not.toHaveProperty('pendingEmail');
    expect(await inboxOf(platform().mailDir, 'taken.change@example.com', CHANGE_LINK)).toEqual([]);
    expect(await inboxOf(platform().mailDir, 'grace.new@example.com')).toEqual([]);
  });

  it('cancels a pending change when the current address is asked for again: its link then changes nothing', async () => {
    const linus = await api.register({ email: 'linus.stay@example.com' });
    await api.call('PATCH', '/v1/auth/me', { token: linus.accessToken, body: { email: 'linus.maybe@example.com', currentPassword: linus.password } });
    const token = linkTokenOf(await waitForMail(platform().mailDir, 'linus.maybe@example.com', CHANGE_LINK));

    const cancelled = await api.call('PATCH', '/v1/auth/me', { token: linus.accessToken, body: { email: 'linus.stay@example.com', currentPassword: linus.password } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).not.toHaveProperty('pendingEmail');

    const refused = await api.call('POST', '/v1/auth/email/verify', { body: { token } });
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([{ field: 'body.token', message: 'was sent to an address the account neither has nor asks for any longer' }]);
    expect((await me(linus.accessToken)).email).toBe('linus.stay@example.com');
  });

  it('refuses the link when another account registered the new address meanwhile, and keeps the old address', async () => {
    const mary = await api.register({ email: 'mary.old@example.com' });
    await api.call('PATCH', '/v1/auth/me', { token: mary.accessToken, body: { email: 'mary.contested@example.com', currentPassword: mary.password } });
    const token = linkTokenOf(await waitForMail(platform().mailDir, 'mary.contested@example.com', CHANGE_LINK));
    // Pending is not a claim: the address is still free to register.
    expect((await api.call('POST', '/v1/auth/register', { body: { email: 'mary.contested@example.com', password: 'another long passphrase', name: 'Other' } })).status).toBe(201);

    const refused = await api.call('POST', '/v1/auth/email/verify', { body: { token } });
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([{ field: 'body.token', message: 'is for an address another account took meanwhile' }]);
    expect((await me(mary.accessToken)).email).toBe('mary.old@example.com');
    expect((await api.login('mary.old@example.com', mary.password)).status).toBe(200);
  });

  it('refuses an expired link with the reason and changes nothing (its expiry moved into the past in the table)', async () => {
    const alan = await api.register({ email: 'alan.old@example.com' });
    await api.call('PATCH', '/v1/auth/me', { token: alan.accessToken, body: { email: 'alan.late@example.com', currentPassword: alan.password } });
    const token = linkTokenOf(await waitForMail(platform().mailDir, 'alan.late@example.com', CHANGE_LINK));
    const key = keys.accountToken('email-verification', hashAccountToken(token));
    const stored = (await table().send(new GetCommand({ TableName: platform().tableName, Key: key }))).Item;
    expect(stored?.email).toBe('alan.late@example.com');
    await table().send(new UpdateCommand({ TableName: platform().tableName, Key: key, UpdateExpression: 'SET expiresAt = :past', ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 60 } }));

    const refused = await api.call('POST', '/v1/auth/email/verify', { body: { token } });
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([{ field: 'body.token', message: 'has expired' }]);
    const unchanged = await me(alan.accessToken);
    expect(unchanged).toMatchObject({ email: 'alan.old@example.com', pendingEmail: 'alan.late@example.com' });

    // Another link on request goes to the pending address, and works.
    expect((await api.call('POST', '/v1/auth/email/resend', { token: alan.accessToken })).status).toBe(202);
    const fresh = linkTokenOf(await waitForMail(platform().mailDir, 'alan.late@example.com', CHANGE_LINK, { after: 1 }));
    expect((await api.call('POST', '/v1/auth/email/verify', { body: { token: fresh } })).status).toBe(204);
    expect((await me(alan.accessToken)).email).toBe('alan.late@example.com');
  });
});
