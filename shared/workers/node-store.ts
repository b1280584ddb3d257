import type { Page } from '../catalog/service-store';
import type { Heartbeat, RegisterNode } from './agent-contract';
import type { NodeStatus, WorkerNode } from './node';

export interface AgentCredential {
  tokenId: string;
  secretHash: string;
}

/** Worker nodes' storage port; the DynamoDB adapter is dynamo-node-store.ts. */
export interface NodeStore {
  /** Creates or refreshes the node of this name (idempotent); `unauthorized` when the token is not valid. */
  register(input: RegisterNode, credential: AgentCredential, now: string): Promise<WorkerNode>;
  /** One conditional write; `unauthorized` for a bad token, `not-found` for a node never registered. */
  heartbeat(heartbeat: Heartbeat, credential: AgentCredential, receivedAt: string): Promise<void>;
  list(page: { limit: number; cursor?: string }): Promise<Page<WorkerNode>>;
  get(idOrName: string): Promise<WorkerNode | undefined>;
  update(node: WorkerNode, changes: { schedulable?: boolean; labels?: Record<string, string> }, now: string): Promise<WorkerNode>;
  delete(node: WorkerNode): Promise<void>;
  /** Nodes in `status` whose last heartbeat is older than `before` (from the health index). */
  silentSince(status: NodeStatus, before: string): Promise<Pick<WorkerNode, 'name' | 'status' | 'lastHeartbeatAt'>[]>;
  /** Moves a node from `from` to `to` only if nothing changed since it was read; false when something did. */
  transition(node: Pick<WorkerNode, 'name' | 'status' | 'lastHeartbeatAt'>, to: NodeStatus, now: string): Promise<boolean>;
}
