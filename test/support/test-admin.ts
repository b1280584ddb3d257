import { registerAuthenticator } from '../../shared/auth/authenticators';
import { AppError } from '../../shared/errors/app-error';
import { headerOf } from '../../shared/http/http-event';

export const TEST_ADMIN_TOKEN = 'test-admin-token';

/**
 * Until administrators sign in through Cognito (the identity issue), the local runtime refuses every admin
 * route. Tests that need to get past authentication to reach the body handling register this stand-in in
 * their own process; it accepts one fixed bearer token and nothing else.
 */
export const acceptTestAdmin = () =>
  registerAuthenticator('admin', async (event) => {
    if (headerOf(event, 'authorization') !== `Bearer ${TEST_ADMIN_TOKEN}`) {
      throw new AppError('unauthorized', 'Missing or invalid token.', { headers: { 'www-authenticate': 'Bearer' } });
    }
    return { kind: 'admin', adminId: 'test-admin', groups: ['ADMINISTRATOR'] };
  });
