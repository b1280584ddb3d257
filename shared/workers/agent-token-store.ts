import type { Page } from '../catalog/service-store';
import type { AgentToken } from './agent-token';

/** Agent tokens' storage port; the DynamoDB adapter is dynamo-agent-token-store.ts. */
export interface AgentTokenStore {
  create(token: AgentToken & { secretHash: string }): Promise<void>;
  list(page: { limit: number; cursor?: string }): Promise<Page<AgentToken>>;
  /** Fails with `not-found` for an unknown id; revoking twice is harmless. */
  revoke(id: string, now: string): Promise<void>;
}
