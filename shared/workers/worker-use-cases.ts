import { notFound } from '../errors/app-error';
import type { Heartbeat, RegisterNode } from './agent-contract';
import type { WorkerNode } from './node';
import type { AgentCredential, NodeStore } from './node-store';

export interface WorkerDeps {
  nodes: NodeStore;
  now: () => Date;
}

/**
 * Node lifecycle events (worker.registered, .unhealthy, .offline, .recovered) are not written here: they are
 * derived from the node item's stream record (functions/workers/node-status-events.ts), so a heartbeat stays
 * one write and no transition goes unannounced.
 */
export const registerNode = (deps: WorkerDeps, input: RegisterNode, credential: AgentCredential) =>
  deps.nodes.register(input, credential, deps.now().toISOString());

export const recordHeartbeat = (deps: WorkerDeps, heartbeat: Heartbeat, credential: AgentCredential) =>
  deps.nodes.heartbeat(heartbeat, credential, deps.now().toISOString());

const existing = async (deps: Pick<WorkerDeps, 'nodes'>, idOrName: string): Promise<WorkerNode> => {
  const node = await deps.nodes.get(idOrName);
  if (!node) throw notFound(`The node "${idOrName}"`);
  return node;
};

export const listNodes = (deps: Pick<WorkerDeps, 'nodes'>, page: { limit: number; cursor?: string }) => deps.nodes.list(page);

export const getNode = existing;

export const updateNode = async (deps: WorkerDeps, idOrName: string, changes: { schedulable?: boolean; labels?: Record<string, string> }) =>
  deps.nodes.update(await existing(deps, idOrName), changes, deps.now().toISOString());

/** Forgets a node; if its agent is still running it registers it again on its next heartbeat. */
export const deleteNode = async (deps: WorkerDeps, idOrName: string) => deps.nodes.delete(await existing(deps, idOrName));
