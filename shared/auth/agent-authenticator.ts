import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { hashAgentSecret, parseAgentToken } from '../workers/agent-token';
import { bearerTokenOf, forbidden, unauthorized } from './bearer-token';
import { isCallerToken, refuseApiKey } from './caller-authenticators';
import type { Principal } from './principal';

/**
 * Agent routes: a well-formed agent token. Whether it exists and is not revoked is part of the route's own
 * conditional write (see the agent principal), which answers 401 when that check fails. A valid customer or
 * administrator token is a known caller in the wrong role (403); only then is it verified, on the refusal path.
 */
export const authenticateAgent = async (event: APIGatewayProxyEventV2): Promise<Principal> => {
  const presented = bearerTokenOf(event);
  const token = parseAgentToken(presented);
  if (!token) {
    refuseApiKey(presented, 'this route is for node agents');
    if (await isCallerToken(presented)) throw forbidden('This route is for node agents.');
    throw unauthorized('The agent token is malformed.');
  }
  return { kind: 'agent', tokenId: token.id, secretHash: hashAgentSecret(token.secret) };
};
