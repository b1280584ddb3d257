import type { Page } from '../catalog/service-store';
import type { Heartbeat, RegisterNode } from './agent-contract';
import type { NodeStatus, WorkerNode } from './node';

export interface Reservation {
  cpuMillicores: number;
  memoryMiB: number;
}

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
  /** How many nodes are in each health status (every status, 0 when none): one query of the nodes' index. */
  countByStatus(): Promise<Record<NodeStatus, number>>;
  /** HEALTHY nodes with what they have reserved so far, for placement (one index query). */
  healthyWithReservations(): Promise<(WorkerNode & { reserved: Reservation })[]>;
  /**
   * Reserves capacity for an instance on a node with a conditional write: only if the node is still
   * HEALTHY and schedulable and the reservations so far leave room under `allocatable`. Reserving again for
   * the same instance is a no-op that answers true; false when the node has no room any more.
   */
  reserve(nodeName: string, instanceId: string, request: Reservation, allocatable: Reservation): Promise<boolean>;
  /**
   * Changes an instance's reservation on its node to `request` (a plan change), with a conditional write on
   * the reservation it read: growing only if the node's reservations leave room under `allocatable`,
   * shrinking always. `no-room` when it cannot grow, `absent` when the node holds no reservation for it
   * (nothing to follow); asking for what is held already answers `resized` (a retried step).
   */
  resizeReservation(nodeName: string, instanceId: string, request: Reservation, allocatable: Reservation): Promise<'resized' | 'no-room' | 'absent'>;
  /** Gives an instance's reservation back; releasing one that is not there is a no-op. */
  release(nodeName: string, instanceId: string): Promise<void>;
  /**
   * Records an instance's reservation on the node the scheduler put its pods on, whatever room the platform
   * thought the node had (the scheduler knew better). False when the platform does not know that node;
   * recording it again is a no-op.
   */
  recordPlacement(nodeName: string, instanceId: string, request: Reservation): Promise<boolean>;
  /** Moves a node from `from` to `to` only if nothing changed since it was read; false when something did. */
  transition(node: Pick<WorkerNode, 'name' | 'status' | 'lastHeartbeatAt'>, to: NodeStatus, now: string): Promise<boolean>;
}
