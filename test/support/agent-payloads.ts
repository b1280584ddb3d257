/** Register and heartbeat bodies as an agent sends them, for tests that talk to the API directly. */
export const registerBody = (nodeName: string) => ({
  nodeName,
  agentVersion: '0.1.0',
  system: { cpuCores: 4, memoryTotalBytes: 16 * 2 ** 30, diskTotalBytes: 100 * 2 ** 30, kernel: '6.1.0' },
});

export const heartbeatBody = (nodeName: string, overrides: Record<string, unknown> = {}) => ({
  nodeName,
  agentVersion: '0.1.0',
  sentAt: new Date().toISOString(),
  cpu: { usagePercent: 12.5, cores: 4 },
  memory: { usedBytes: 4 * 2 ** 30, totalBytes: 16 * 2 ** 30 },
  load: { one: 0.5, five: 0.4, fifteen: 0.3 },
  disk: { usedBytes: 20 * 2 ** 30, totalBytes: 100 * 2 ** 30 },
  uptimeSeconds: 3600,
  ...overrides,
});
