import * as z from 'zod';
import { defineRoute } from '../../shared/http/route';

export const getOpenApiRoute = defineRoute({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/v1/openapi.json',
  handler: 'openapi/get-openapi',
  auth: 'public',
  summary: 'The OpenAPI 3.1 document of this API, made from the route table',
  tags: ['Health'],
  responses: {
    200: { description: 'The OpenAPI document.', schema: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }) },
  },
});

export const openApiRoutes = [getOpenApiRoute];
