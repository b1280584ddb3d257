import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { startCheckout } from '../../shared/payments/start-checkout';
import { callLimiter } from '../http/call-limiter';
import { paymentsDeps } from './payments-deps';
import { startCheckoutRoute } from './payment-routes';

export const handler = httpHandler(
  startCheckoutRoute,
  async ({ params, principal }) => ({ status: 200, body: await startCheckout(paymentsDeps(), customerOf(principal).userId, params.id) }),
  { limiter: callLimiter },
);
