import { registerAuthenticator } from '../shared/auth/authenticators';
import type { Principal } from '../shared/auth/principal';
import { AppError } from '../shared/errors/app-error';
import { headerOf } from '../shared/http/http-event';
import type { AuthKind } from '../shared/http/route';

export const BENCH_TOKEN = 'bench-token';

const principals: Record<Exclude<AuthKind, 'public'>, Principal> = {
  customer: { kind: 'customer', userId: 'bench-customer' },
  admin: { kind: 'admin', adminId: 'bench-admin', groups: ['ADMINISTRATOR'] },
  agent: { kind: 'agent', tokenId: 'bench-agent' },
  'signed-inbound': { kind: 'signed-inbound', source: 'bench' },
};

/**
 * Until identity lands, every protected route answers 401. To count what a protected operation costs once
 * it is let in, the bench registers, in its own process only, a stand-in for each kind of caller that
 * accepts one fixed bearer token (like test/support/test-admin.ts does for the tests).
 */
export const acceptBenchCallers = () => {
  for (const [kind, principal] of Object.entries(principals) as [Exclude<AuthKind, 'public'>, Principal][]) {
    registerAuthenticator(kind, async (event) => {
      if (headerOf(event, 'authorization') !== `Bearer ${BENCH_TOKEN}`) {
        throw new AppError('unauthorized', 'Missing or invalid token.', { headers: { 'www-authenticate': 'Bearer' } });
      }
      return principal;
    });
  }
};
