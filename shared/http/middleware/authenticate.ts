import type { MiddlewareObj } from '@middy/core';
import { type Authenticator, authenticatorFor } from '../../auth/authenticators';
import type { HttpEvent } from '../http-event';
import type { AuthKind } from '../route';

/**
 * Resolves the caller for non-public routes before the body is even parsed. A route may bring its own
 * authenticator (each inbound webhook checks its own signature scheme and secret); otherwise its kind's.
 */
export const authenticate = (kind: AuthKind, own?: Authenticator): MiddlewareObj<HttpEvent> => ({
  before: async ({ event }) => {
    if (kind === 'public') return;
    event.principal = await (own ?? authenticatorFor(kind))(event);
  },
});
