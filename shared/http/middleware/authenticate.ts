import type { MiddlewareObj } from '@middy/core';
import { authenticatorFor } from '../../auth/authenticators';
import type { HttpEvent } from '../http-event';
import type { AuthKind } from '../route';

/** Resolves the caller for non-public routes before the body is even parsed. */
export const authenticate = (kind: AuthKind): MiddlewareObj<HttpEvent> => ({
  before: async ({ event }) => {
    if (kind === 'public') return;
    event.principal = await authenticatorFor(kind)(event);
  },
});
