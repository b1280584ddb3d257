import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { hashAgentSecret, parseAgentToken } from '../workers/agent-token';
import { bearerTokenOf, unauthorized } from './bearer-token';
import type { Principal } from './principal';

/**
 * Agent routes: a well-formed agent token. Whether it exists and is not revoked is part of the route's own
 * conditional write (see the agent principal), which answers 401 when that check fails.
 */
export const authenticateAgent = async (event: APIGatewayProxyEventV2): Promise<Principal> => {
  const token = parseAgentToken(bearerTokenOf(event));
  if (!token) throw unauthorized('The agent token is malformed.');
  return { kind: 'agent', tokenId: token.id, secretHash: hashAgentSecret(token.secret) };
};
