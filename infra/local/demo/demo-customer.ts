import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoClient, expectData } from './demo-api';
import { demoSettings } from './demo-settings';

/** The token of the newest verification link mailed to an address, read as its owner reads their inbox. */
const newestVerificationToken = async (mailDir: string, to: string): Promise<string> => {
  const names = (await readdir(mailDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort().reverse();
  for (const name of names) {
    const mail = JSON.parse(await readFile(join(mailDir, name), 'utf8')) as { to: string; eventType: string; text: string };
    if (mail.to !== to || mail.eventType !== 'account.email-verification') continue;
    const token = /#token=([A-Za-z0-9_-]{43})\b/.exec(mail.text)?.[1];
    if (token) return token;
  }
  throw new Error(`no verification mail to ${to} in ${mailDir}: is the seed given the platform's data folder?`);
};

/**
 * The demo customer: registered on the first run; on later runs the email is taken (409), so it logs in
 * with the same fixed password instead. Its address is verified by following the link the platform mailed
 * (asking for another when none is found), since an unverified customer may not subscribe.
 */
export const ensureDemoCustomer = async (apiUrl: string, mailDir: string) => {
  const api = demoClient(apiUrl);
  const { email, password, name } = demoSettings.customer;
  const registered = await api.POST('/v1/auth/register', { body: { email, password, name } });
  let session;
  let created = false;
  if (registered.response.status === 201) {
    session = expectData(registered, 'Registering the demo customer');
    created = true;
  } else {
    if (registered.response.status !== 409) expectData(registered, 'Registering the demo customer');
    const login = await api.POST('/v1/auth/login', { body: { email, password } });
    if (login.response.status === 401) {
      throw new Error(`the demo customer ${email} exists with another password (changed since the demo made it); change it back or start with --fresh`);
    }
    const signedIn = expectData(login, 'Logging in as the demo customer');
    if ('mfaRequired' in signedIn) {
      throw new Error(`the demo customer ${email} has two-factor sign-in on (turned on since the demo made it); turn it off or start with --fresh`);
    }
    session = signedIn;
  }
  if (session.user.emailVerified) return { ...session, created, verifiedNow: false };

  const customer = demoClient(apiUrl, session.accessToken);
  if (!created) {
    const resent = await customer.POST('/v1/auth/email/resend', {});
    if (resent.response.status !== 202) throw new Error(`Asking for another verification link failed: HTTP ${resent.response.status}`);
  }
  const token = await newestVerificationToken(mailDir, email);
  const verified = await api.POST('/v1/auth/email/verify', { body: { token } });
  if (verified.response.status !== 204) throw new Error(`Verifying the demo customer's email failed: HTTP ${verified.response.status}`);
  return { ...session, user: { ...session.user, emailVerified: true }, created, verifiedNow: true };
};
