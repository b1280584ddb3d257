import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { apiKeyServices } from '../api-keys/api-key-services';
import { authenticateApiKey } from '../api-keys/authenticate-api-key';
import { looksLikeApiKey } from '../api-keys/api-key';
import { parseAgentToken } from '../workers/agent-token';
import { ADMIN_GROUP } from './admin-token';
import { bearerTokenOf, forbidden, unauthorized } from './bearer-token';
import type { Principal } from './principal';
import { tokenServices } from './token-services';

const succeeds = async (check: () => Promise<unknown>) => {
  try {
    await check();
    return true;
  } catch {
    return false;
  }
};

/**
 * An agent token (`agt_<id>_<secret>`) is a node agent's credential: on any other route it is a known kind
 * of caller in the wrong role (403), judged by its form as the agent routes themselves do (their write checks
 * the rest), so telling it apart costs no read.
 */
const refuseAgentToken = (token: string) => {
  if (parseAgentToken(token)) throw forbidden('Agent tokens may only register nodes and send heartbeats.');
};

/**
 * An API key (`pk_live_…`) is a customer's credential for the customer routes its scopes allow; on an
 * administrator or agent route it is a known kind of caller in the wrong role (403), judged by its form.
 */
export const refuseApiKey = (token: string, what: string) => {
  if (looksLikeApiKey(token)) throw forbidden(`API keys may only call customer routes; ${what}.`);
};

/** Whether a token is a valid customer or administrator token: a known caller on an agent route (403). */
export const isCallerToken = async (token: string): Promise<boolean> => {
  const services = tokenServices();
  const admin = services.verifyAdminToken;
  return (await succeeds(() => services.verifyCustomerToken(token))) || Boolean(admin && (await succeeds(() => admin(token))));
};

/**
 * Customer routes: a valid customer access token, or a customer's API key (shared/api-keys). A valid administrator token or an agent token is a known
 * caller in the wrong role (403); anything else — missing, malformed, expired, signed by another key,
 * `alg: none` — is 401.
 */
export const authenticateCustomer = async (event: APIGatewayProxyEventV2): Promise<Principal> => {
  const token = bearerTokenOf(event);
  refuseAgentToken(token);
  if (looksLikeApiKey(token)) {
    // Which scope the route needs is the authenticate middleware's check: it knows the route.
    const caller = await authenticateApiKey(apiKeyServices(), token);
    return { kind: 'customer', userId: caller.userId, sessionId: `key:${caller.keyId}`, apiKey: { id: caller.keyId, scopes: caller.scopes } };
  }
  const services = tokenServices();
  try {
    const claims = await services.verifyCustomerToken(token);
    return { kind: 'customer', userId: claims.sub, sessionId: claims.sid };
  } catch {
    const admin = services.verifyAdminToken;
    if (admin && (await succeeds(() => admin(token)))) throw forbidden('This route is for customers; administrators use /v1/admin.');
    throw unauthorized('The access token is invalid or expired.');
  }
};

/**
 * Admin routes: a Cognito access token of the configured pool and client, in the ADMINISTRATOR group.
 * A valid token without the group, a customer's token or an agent token is 403.
 */
export const authenticateAdmin = async (event: APIGatewayProxyEventV2): Promise<Principal> => {
  const token = bearerTokenOf(event);
  refuseAgentToken(token);
  refuseApiKey(token, 'this route is for administrators');
  const services = tokenServices();
  const verifyAdmin = services.verifyAdminToken;
  if (verifyAdmin) {
    const admin = await verifyAdmin(token).catch(() => undefined);
    if (admin) {
      if (!admin.groups.includes(ADMIN_GROUP)) throw forbidden(`The token is not in the ${ADMIN_GROUP} group.`);
      return { kind: 'admin', adminId: admin.sub, username: admin.username, groups: admin.groups };
    }
  }
  if (await succeeds(() => services.verifyCustomerToken(token))) throw forbidden('This route is for administrators.');
  throw unauthorized('The administrator token is invalid or expired.');
};
