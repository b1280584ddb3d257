import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { confirmTotp } from '../../shared/mfa/manage-totp';
import { mfaDeps } from './mfa-deps';
import { confirmTotpRoute } from './mfa-routes';

export const handler = httpHandler(confirmTotpRoute, async ({ body, principal }) => ({ status: 200, body: await confirmTotp(mfaDeps(), customerOf(principal).userId, body.code) }));
