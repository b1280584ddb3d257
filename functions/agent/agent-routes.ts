import { heartbeatSchema, registerNodeSchema } from '../../shared/workers/agent-contract';
import { nodeSchema } from '../../shared/workers/node';
import { defineRoute } from '../../shared/http/route';

const tags = ['Node agents'];

export const registerNodeRoute = defineRoute({
  operationId: 'agentRegister',
  method: 'POST',
  path: '/v1/agent/register',
  handler: 'agent/register',
  auth: 'agent',
  summary: 'Register this node (idempotent by node name)',
  tags,
  request: { body: registerNodeSchema },
  responses: { 200: { description: 'The node record.', schema: nodeSchema } },
  maxBodyBytes: 32 * 1024,
});

export const heartbeatRoute = defineRoute({
  operationId: 'agentHeartbeat',
  method: 'POST',
  path: '/v1/agent/heartbeat',
  handler: 'agent/heartbeat',
  auth: 'agent',
  summary: "Report this node's figures; one conditional write",
  tags,
  request: { body: heartbeatSchema },
  responses: { 204: { description: 'Recorded. 404 when the node was never registered (register again).' } },
  errors: { 404: 'The node was never registered (or was removed): register again.' },
  maxBodyBytes: 32 * 1024,
});

export const agentRoutes = [registerNodeRoute, heartbeatRoute];
