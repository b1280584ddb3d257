import * as z from 'zod';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';
import { agentTokenSchema, createAgentTokenSchema } from '../../shared/workers/agent-token';

const tags = ['Administration: agent tokens'];

export const createAgentTokenRoute = defineRoute({
  operationId: 'adminCreateAgentToken',
  method: 'POST',
  path: '/v1/admin/agent-tokens',
  handler: 'agent-tokens/create-agent-token',
  auth: 'admin',
  summary: 'Create an agent token (shown once)',
  tags,
  request: { body: createAgentTokenSchema },
  responses: {
    201: { description: 'The token, in full, for the last time.', schema: agentTokenSchema.extend({ token: z.string().meta({ description: 'agt_<id>_<secret>: store it in the agent Secret' }) }).meta({ id: 'CreatedAgentToken' }) },
  },
});

export const listAgentTokensRoute = defineRoute({
  operationId: 'adminListAgentTokens',
  method: 'GET',
  path: '/v1/admin/agent-tokens',
  handler: 'agent-tokens/list-agent-tokens',
  auth: 'admin',
  summary: 'List agent tokens, newest first (never the token itself)',
  tags,
  request: { query: pageQuerySchema },
  responses: { 200: { description: 'A page of tokens.', schema: pageOf(agentTokenSchema, 'AgentTokenPage') } },
});

export const revokeAgentTokenRoute = defineRoute({
  operationId: 'adminRevokeAgentToken',
  method: 'DELETE',
  path: '/v1/admin/agent-tokens/{id}',
  handler: 'agent-tokens/revoke-agent-token',
  auth: 'admin',
  summary: 'Revoke an agent token, at once',
  tags,
  request: { params: z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a token id') }) },
  responses: { 204: { description: 'Revoked.' } },
});

export const agentTokenRoutes = [createAgentTokenRoute, listAgentTokensRoute, revokeAgentTokenRoute];
