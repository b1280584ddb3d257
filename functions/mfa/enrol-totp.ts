import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { enrolTotp } from '../../shared/mfa/manage-totp';
import { mfaDeps } from './mfa-deps';
import { enrolTotpRoute } from './mfa-routes';

export const handler = httpHandler(enrolTotpRoute, async ({ principal }) => ({ status: 200, body: await enrolTotp(mfaDeps(), customerOf(principal).userId) }));
