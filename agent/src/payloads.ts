import type { Heartbeat, KubernetesNodeInfo, RegisterNode } from './contract.js';
import type { HostSample, SystemInfo } from './host-metrics.js';
import { limits } from './contract.js';

/** The request bodies, built from what the samplers read; pure, so the contract test builds them from fixtures. */

export interface PayloadIdentity {
  nodeName: string;
  agentVersion: string;
}

export const registerPayload = (id: PayloadIdentity, system: SystemInfo, kubernetes?: KubernetesNodeInfo): RegisterNode => ({
  nodeName: id.nodeName,
  agentVersion: id.agentVersion,
  system: {
    cpuCores: system.cpuCores,
    memoryTotalBytes: system.memoryTotalBytes,
    diskTotalBytes: system.diskTotalBytes,
    ...(system.kernel ? { kernel: system.kernel.slice(0, limits.kernelLength) } : {}),
  },
  ...(kubernetes ? { kubernetes } : {}),
});

export interface HeartbeatExtras {
  sentAt: Date;
  draining?: boolean;
  kubernetes?: KubernetesNodeInfo;
}

export const heartbeatPayload = (id: PayloadIdentity, sample: HostSample, { sentAt, draining, kubernetes }: HeartbeatExtras): Heartbeat => ({
  nodeName: id.nodeName,
  agentVersion: id.agentVersion,
  sentAt: sentAt.toISOString(),
  ...(draining ? { draining: true } : {}),
  cpu: sample.cpu,
  memory: sample.memory,
  load: sample.load,
  disk: sample.disk,
  uptimeSeconds: sample.uptimeSeconds,
  ...(kubernetes ? { kubernetes } : {}),
});
