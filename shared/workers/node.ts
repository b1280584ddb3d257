import * as z from 'zod';
import { kubernetesNodeSchema, nodeNameSchema } from './kubernetes-node-info';

export const nodeStatusSchema = z.enum(['HEALTHY', 'UNHEALTHY', 'OFFLINE']).meta({ example: 'HEALTHY' });
export const nodeIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a node id');

/** A worker node as administrators see it. */
export const nodeSchema = z
  .object({
    id: nodeIdSchema,
    name: nodeNameSchema,
    status: nodeStatusSchema,
    schedulable: z.boolean().meta({ description: 'Whether placement may put new instances here' }),
    draining: z.boolean(),
    labels: z.record(z.string(), z.string()).meta({ description: "Administrators' labels for placement" }),
    agentVersion: z.string(),
    registeredAt: z.iso.datetime(),
    lastHeartbeatAt: z.iso.datetime(),
    system: z.object({ cpuCores: z.number(), memoryTotalBytes: z.number(), diskTotalBytes: z.number(), kernel: z.string().optional() }),
    usage: z
      .object({
        cpuPercent: z.number(),
        memoryUsedBytes: z.number(),
        diskUsedBytes: z.number(),
        load: z.object({ one: z.number(), five: z.number(), fifteen: z.number() }),
        uptimeSeconds: z.number(),
      })
      .nullable()
      .meta({ description: 'From the last heartbeat; null until the first one' }),
    kubernetes: kubernetesNodeSchema.nullable(),
    instanceCount: z.number().int().meta({ description: 'Instances placed on the node' }),
  })
  .meta({ id: 'WorkerNode' });

export const updateNodeSchema = z
  .strictObject({
    schedulable: z.boolean().optional(),
    labels: z
      .record(z.string().regex(/^[a-z0-9A-Z]([-a-z0-9A-Z_./]{0,61}[a-z0-9A-Z])?$/, 'must be a label key'), z.string().max(63))
      .refine((labels) => Object.keys(labels).length <= 50, 'at most 50 labels')
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'give schedulable or labels to change')
  .meta({ id: 'UpdateWorkerNode' });

export type WorkerNode = z.infer<typeof nodeSchema>;
export type NodeStatus = z.infer<typeof nodeStatusSchema>;
