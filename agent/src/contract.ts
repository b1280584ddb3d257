/**
 * The agent's copy of the HTTP contract of /v1/agent/register and /v1/agent/heartbeat. It mirrors the API's
 * schemas (shared/workers/agent-contract.ts) as plain types: the agent depends only on the contract, never on
 * the API's code, and a contract test checks that what it sends passes the API's schemas.
 */

export type ConditionStatus = 'True' | 'False' | 'Unknown';

/** Kubernetes quantity strings keyed by resource name, e.g. { cpu: '4', memory: '16094988Ki' }. */
export type ResourceList = Record<string, string>;

export interface KubernetesNodeInfo {
  kubeletVersion: string;
  capacity: ResourceList;
  allocatable: ResourceList;
  labels: Record<string, string>;
  conditions: { Ready: ConditionStatus; MemoryPressure: ConditionStatus; DiskPressure: ConditionStatus; PIDPressure: ConditionStatus };
  podCount: number;
}

export interface RegisterNode {
  nodeName: string;
  agentVersion: string;
  system: { cpuCores: number; memoryTotalBytes: number; diskTotalBytes: number; kernel?: string };
  kubernetes?: KubernetesNodeInfo;
}

export interface Heartbeat {
  nodeName: string;
  agentVersion: string;
  /** ISO 8601 UTC. */
  sentAt: string;
  draining?: boolean;
  cpu: { usagePercent: number; cores: number };
  memory: { usedBytes: number; totalBytes: number };
  load: { one: number; five: number; fifteen: number };
  disk: { usedBytes: number; totalBytes: number };
  uptimeSeconds: number;
  kubernetes?: KubernetesNodeInfo;
}

/** RFC 9457 problem details, as the API sends them with every 4xx/5xx. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: unknown[];
}

/**
 * The API's bounds the agent must respect so that one odd figure does not turn a whole heartbeat into a 400:
 * the mapping drops what would not pass rather than sending it.
 */
export const limits = {
  nodeNameLength: 63,
  kernelLength: 200,
  kubeletVersionLength: 64,
  resources: 32,
  resourceNameLength: 100,
  quantityLength: 32,
  labels: 100,
  labelKeyLength: 317,
  labelValueLength: 63,
  podCount: 100_000,
} as const;

export const quantityPattern = /^[0-9]+(\.[0-9]+)?([numkKMGTPE]i?)?$/;
export const nodeNamePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
