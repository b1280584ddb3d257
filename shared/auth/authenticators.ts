import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from '../errors/app-error';
import type { AuthKind } from '../http/route';
import { authenticateAgent } from './agent-authenticator';
import { authenticateAdmin, authenticateCustomer } from './caller-authenticators';
import type { Principal } from './principal';

/** Checks a request's credentials for one kind of caller and returns who it is, or throws 401/403. */
export type Authenticator = (event: APIGatewayProxyEventV2) => Promise<Principal>;

const refuse: Authenticator = async () => {
  throw new AppError('unauthorized', 'This route needs credentials that this deployment does not accept yet.', {
    headers: { 'www-authenticate': 'Bearer' },
  });
};

/**
 * The authenticator of each non-public kind. Each inbound webhook route brings its own (its sender's
 * signature scheme and secret: shared/inbound-webhooks/inbound-verifier.ts, through httpHandler's options),
 * so a `signed-inbound` route without one answers 401.
 */
const registry: Record<Exclude<AuthKind, 'public'>, Authenticator> = {
  customer: authenticateCustomer,
  admin: authenticateAdmin,
  agent: authenticateAgent,
  'signed-inbound': refuse,
};

export const authenticatorFor = (kind: Exclude<AuthKind, 'public'>): Authenticator => registry[kind];

export const registerAuthenticator = (kind: Exclude<AuthKind, 'public'>, authenticator: Authenticator): void => {
  registry[kind] = authenticator;
};
