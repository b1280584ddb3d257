import * as z from 'zod';
import { kubernetesNodeSchema, nodeNameSchema } from './kubernetes-node-info';

/**
 * What node agents send (POST /v1/agent/register and /v1/agent/heartbeat). The agent in agent/ keeps its
 * own copy of these shapes (it depends only on the HTTP contract); a contract test checks that what it sends
 * passes these schemas. Numbers are bounded so an absurd figure is a 400, not a stored lie. The node's name and
 * Kubernetes figures are kubernetes-node-info.ts's, shared with the node records.
 */
const bytes = z.number().int().min(0).max(2 ** 53 - 1);
/**
 * A measured figure, kept to 4 decimals: DynamoDB stores no number nearer zero than 1e-130, so a denormal a
 * broken agent sends becomes 0 instead of failing the write with a 500 (found by the contract fuzzer).
 */
const figure = (max: number) =>
  z
    .number()
    .min(0)
    .max(max)
    .transform((n) => Math.round(n * 10_000) / 10_000);

export const registerNodeSchema = z
  .strictObject({
    nodeName: nodeNameSchema,
    agentVersion: z.string().min(1).max(40).meta({ example: '0.1.0' }),
    system: z.strictObject({
      cpuCores: z.number().int().min(1).max(4096),
      memoryTotalBytes: bytes.min(1),
      diskTotalBytes: bytes.min(1),
      kernel: z.string().max(200).optional(),
    }),
    kubernetes: kubernetesNodeSchema.optional(),
  })
  .meta({ id: 'RegisterNode' });

export const heartbeatSchema = z
  .strictObject({
    nodeName: nodeNameSchema,
    agentVersion: z.string().min(1).max(40),
    sentAt: z.iso.datetime(),
    draining: z.boolean().optional(),
    cpu: z.strictObject({ usagePercent: figure(100), cores: z.number().int().min(1).max(4096) }),
    memory: z.strictObject({ usedBytes: bytes, totalBytes: bytes.min(1) }).refine((m) => m.usedBytes <= m.totalBytes, { message: 'usedBytes cannot exceed totalBytes', path: ['usedBytes'] }),
    load: z.strictObject({ one: figure(100_000), five: figure(100_000), fifteen: figure(100_000) }),
    disk: z.strictObject({ usedBytes: bytes, totalBytes: bytes.min(1) }).refine((d) => d.usedBytes <= d.totalBytes, { message: 'usedBytes cannot exceed totalBytes', path: ['usedBytes'] }),
    uptimeSeconds: figure(10 * 365 * 24 * 3600),
    kubernetes: kubernetesNodeSchema.optional(),
  })
  .meta({ id: 'Heartbeat' });

export type RegisterNode = z.infer<typeof registerNodeSchema>;
export type Heartbeat = z.infer<typeof heartbeatSchema>;
