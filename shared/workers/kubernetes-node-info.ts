import * as z from 'zod';

/**
 * What a node agent tells of a node's Kubernetes side (its name and the node object's figures), apart from
 * the agent's requests (agent-contract.ts): the node records every worker route and job reads (node.ts) hold
 * these, and importing the requests' schemas built ~100 zod objects at each of their cold starts (issue 21).
 */
export const nodeNameSchema = z
  .string()
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label: lowercase letters, digits and inner dashes, at most 63')
  .meta({ example: 'ip-10-0-1-23' });

const quantity = z.string().regex(/^[0-9]+(\.[0-9]+)?([numkKMGTPE]i?)?$/, 'must be a Kubernetes quantity').max(32);
// Keys are never empty: Kubernetes allows none, and DynamoDB refuses an empty attribute name (a 500 before).
const resources = z.record(z.string().min(1).max(100), quantity).refine((r) => Object.keys(r).length <= 32, 'at most 32 resources');
const labels = z.record(z.string().min(1).max(317), z.string().max(63)).refine((l) => Object.keys(l).length <= 100, 'at most 100 labels');
const conditionStatus = z.enum(['True', 'False', 'Unknown']);

export const kubernetesNodeSchema = z
  .strictObject({
    kubeletVersion: z.string().max(64),
    capacity: resources,
    allocatable: resources,
    labels,
    conditions: z.strictObject({ Ready: conditionStatus, MemoryPressure: conditionStatus, DiskPressure: conditionStatus, PIDPressure: conditionStatus }),
    podCount: z.number().int().min(0).max(100_000),
  })
  .meta({ id: 'KubernetesNodeInfo' });
