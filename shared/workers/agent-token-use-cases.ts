import { newAgentToken } from './agent-token';
import type { AgentTokenStore } from './agent-token-store';

export interface AgentTokenDeps {
  tokens: AgentTokenStore;
  now: () => Date;
}

/** Creates a token; the secret is in the answer and nowhere else, ever. */
export const createAgentToken = async (deps: AgentTokenDeps, name: string) => {
  const now = deps.now();
  const { id, token, secretHash } = newAgentToken(now.getTime());
  const record = { id, name, createdAt: now.toISOString() };
  await deps.tokens.create({ ...record, secretHash });
  return { ...record, token };
};

export const listAgentTokens = (deps: AgentTokenDeps, page: { limit: number; cursor?: string }) => deps.tokens.list(page);

/** Revoked at once: the next register or heartbeat with it fails its condition. */
export const revokeAgentToken = (deps: AgentTokenDeps, id: string) => deps.tokens.revoke(id, deps.now().toISOString());
