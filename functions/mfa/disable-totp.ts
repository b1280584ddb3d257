import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { disableTotp } from '../../shared/mfa/manage-totp';
import { mfaDeps } from './mfa-deps';
import { disableTotpRoute } from './mfa-routes';

export const handler = httpHandler(disableTotpRoute, async ({ body, principal }) => {
  await disableTotp(mfaDeps(), customerOf(principal).userId, body.code);
  return { status: 204 };
});
