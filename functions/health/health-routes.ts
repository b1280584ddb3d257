import * as z from 'zod';
import { defineRoute } from '../../shared/http/route';

export const healthSchema = z
  .object({ status: z.literal('ok'), version: z.string().meta({ example: '0.1.0' }) })
  .meta({ id: 'Health' });

export const getHealthRoute = defineRoute({
  operationId: 'getHealth',
  method: 'GET',
  path: '/v1/health',
  handler: 'health/get-health',
  auth: 'public',
  summary: 'Is the API up?',
  tags: ['Health'],
  responses: { 200: { description: 'The API answers.', schema: healthSchema } },
});

export const healthRoutes = [getHealthRoute];
