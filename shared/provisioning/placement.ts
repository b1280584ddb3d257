import type { WorkerNode } from '../workers/node';
import { cpuMillicores, memoryMiB } from './quantity';

export interface ResourceRequest {
  cpuMillicores: number;
  memoryMiB: number;
}

export interface NodeRoom {
  name: string;
  allocatable: ResourceRequest;
  reserved: ResourceRequest;
}

/**
 * What a node can give to instances: Kubernetes' allocatable when the agent reported it (what the kubelet
 * lets pods use), else the machine's own figures.
 */
export const allocatableOf = (node: Pick<WorkerNode, 'kubernetes' | 'system'>): ResourceRequest => {
  const cpu = node.kubernetes?.allocatable.cpu;
  const memory = node.kubernetes?.allocatable.memory;
  return {
    cpuMillicores: (cpu ? cpuMillicores(cpu) : undefined) ?? node.system.cpuCores * 1000,
    memoryMiB: (memory ? memoryMiB(memory) : undefined) ?? Math.floor(node.system.memoryTotalBytes / 2 ** 20),
  };
};

const fits = (room: NodeRoom, request: ResourceRequest) =>
  room.reserved.cpuMillicores + request.cpuMillicores <= room.allocatable.cpuMillicores &&
  room.reserved.memoryMiB + request.memoryMiB <= room.allocatable.memoryMiB;

/** The share of a node that would still be free after placing the request: its tightest resource. */
const headroom = (room: NodeRoom, request: ResourceRequest) =>
  Math.min(
    1 - (room.reserved.cpuMillicores + request.cpuMillicores) / room.allocatable.cpuMillicores,
    1 - (room.reserved.memoryMiB + request.memoryMiB) / room.allocatable.memoryMiB,
  );

/**
 * The nodes an instance may go to, best first: only those with room for the request, the emptiest first so
 * load spreads. The caller tries them in order, reserving with a conditional write, so a node that filled
 * up in the meantime is skipped rather than overbooked.
 */
export const rankNodes = (rooms: readonly NodeRoom[], request: ResourceRequest): NodeRoom[] =>
  rooms
    .filter((room) => fits(room, request))
    .sort((a, b) => headroom(b, request) - headroom(a, request) || a.name.localeCompare(b.name));
