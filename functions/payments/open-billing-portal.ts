import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { openBillingPortal } from '../../shared/payments/open-billing-portal';
import { callLimiter } from '../http/call-limiter';
import { paymentsDeps } from './payments-deps';
import { openBillingPortalRoute } from './payment-routes';

export const handler = httpHandler(
  openBillingPortalRoute,
  async ({ principal }) => ({ status: 200, body: await openBillingPortal(paymentsDeps(), customerOf(principal).userId) }),
  { limiter: callLimiter },
);
