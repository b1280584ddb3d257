import type { ApiKeyScope } from '../api-keys/api-key';

/** What an API key grants its caller: the customer routes of its scopes (shared/api-keys/api-key-scopes.ts). */
export interface ApiKeyGrant {
  id: string;
  scopes: ApiKeyScope[];
}

/** Who is calling, once a route's authentication has passed. */
export type Principal =
  /**
   * A customer: signed in (an access token of a session), or through one of their API keys (`apiKey`). A key
   * has no session: its `sessionId` is `key:<id>`, which names none (and logout refuses keys anyway).
   */
  | { kind: 'customer'; userId: string; sessionId: string; apiKey?: ApiKeyGrant }
  | { kind: 'admin'; adminId: string; username?: string; groups: string[] }
  /**
   * An agent's presented credential. It is checked inside the agent's own write (a ConditionCheck on the
   * token in the same transaction), so a heartbeat stays one request and a revoked token fails at once.
   */
  | { kind: 'agent'; tokenId: string; secretHash: string }
  | { kind: 'signed-inbound'; source: string };

export type PrincipalOf<K extends Principal['kind']> = Extract<Principal, { kind: K }>;

/** The customer behind a customer route; the authentication middleware guarantees one. */
export const customerOf = (principal: Principal | undefined): { userId: string; sessionId: string; apiKey?: ApiKeyGrant } => {
  if (principal?.kind !== 'customer') throw new Error('a customer route ran without a customer principal');
  return principal;
};

/** The agent credential behind an agent route. */
export const agentOf = (principal: Principal | undefined): { tokenId: string; secretHash: string } => {
  if (principal?.kind !== 'agent') throw new Error('an agent route ran without an agent credential');
  return principal;
};
