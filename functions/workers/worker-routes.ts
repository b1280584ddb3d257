import * as z from 'zod';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';
import { nodeSchema, updateNodeSchema } from '../../shared/workers/node';

const tags = ['Administration: workers'];
const params = z.object({
  idOrName: z.string().min(1).max(63).regex(/^[A-Za-z0-9-]+$/, 'must be a node id or name').meta({ example: 'ip-10-0-1-23' }),
});

export const listWorkersRoute = defineRoute({
  operationId: 'adminListWorkers',
  method: 'GET',
  path: '/v1/admin/workers',
  handler: 'workers/list-workers',
  auth: 'admin',
  summary: 'Every node: status, last heartbeat, capacity, usage, instances',
  tags,
  request: { query: pageQuerySchema },
  responses: { 200: { description: 'A page of nodes, by name.', schema: pageOf(nodeSchema, 'WorkerNodePage') } },
});

export const getWorkerRoute = defineRoute({
  operationId: 'adminGetWorker',
  method: 'GET',
  path: '/v1/admin/workers/{idOrName}',
  handler: 'workers/get-worker',
  auth: 'admin',
  summary: 'One node, by id or by name',
  tags,
  request: { params },
  responses: { 200: { description: 'The node.', schema: nodeSchema } },
});

export const updateWorkerRoute = defineRoute({
  operationId: 'adminUpdateWorker',
  method: 'PATCH',
  path: '/v1/admin/workers/{idOrName}',
  handler: 'workers/update-worker',
  auth: 'admin',
  summary: 'Mark a node (un)schedulable or set its labels',
  tags,
  request: { params, body: updateNodeSchema },
  responses: { 200: { description: 'The changed node.', schema: nodeSchema } },
});

export const deleteWorkerRoute = defineRoute({
  operationId: 'adminDeleteWorker',
  method: 'DELETE',
  path: '/v1/admin/workers/{idOrName}',
  handler: 'workers/delete-worker',
  auth: 'admin',
  summary: 'Forget a node (a running agent registers it again)',
  tags,
  request: { params },
  responses: { 204: { description: 'The node is removed.' } },
});

export const workerRoutes = [listWorkersRoute, getWorkerRoute, updateWorkerRoute, deleteWorkerRoute];
