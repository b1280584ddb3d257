import { demoClient, expectData } from './demo-api';
import { demoSettings } from './demo-settings';

/**
 * The demo customer: registered on the first run; on later runs the email is taken (409), so it logs in
 * with the same fixed password instead.
 */
export const ensureDemoCustomer = async (apiUrl: string) => {
  const api = demoClient(apiUrl);
  const { email, password, name } = demoSettings.customer;
  const registered = await api.POST('/v1/auth/register', { body: { email, password, name } });
  if (registered.response.status === 201) return { ...expectData(registered, 'Registering the demo customer'), created: true };
  if (registered.response.status !== 409) expectData(registered, 'Registering the demo customer');

  const login = await api.POST('/v1/auth/login', { body: { email, password } });
  if (login.response.status === 401) {
    throw new Error(`the demo customer ${email} exists with another password (changed since the demo made it); change it back or start with --fresh`);
  }
  const signedIn = expectData(login, 'Logging in as the demo customer');
  if ('mfaRequired' in signedIn) {
    throw new Error(`the demo customer ${email} has two-factor sign-in on (turned on since the demo made it); turn it off or start with --fresh`);
  }
  return { ...signedIn, created: false };
};
