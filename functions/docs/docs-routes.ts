import * as z from 'zod';
import { defineRoute } from '../../shared/http/route';

/**
 * One module serves the page and its assets: the page names each asset by the hash of its content, which
 * only the module that holds the assets knows. Neither row is part of the API contract, so neither is in
 * the OpenAPI document; both are routes of the table all the same, so the page is served by the same code
 * locally and in AWS.
 */
const handler = 'docs/get-docs';

export const getDocsPageRoute = defineRoute({
  operationId: 'getDocsPage',
  method: 'GET',
  path: '/docs',
  handler,
  auth: 'public',
  summary: 'The interactive reference (Swagger UI) of /v1/openapi.json',
  tags: ['Docs'],
  documented: false,
  responses: { 200: { description: 'The docs page.', contentType: 'text/html' } },
});

export const getDocsAssetRoute = defineRoute({
  operationId: 'getDocsAsset',
  method: 'GET',
  path: '/docs/assets/{file}',
  handler,
  auth: 'public',
  summary: "A script or style sheet of the docs page, named by its content's hash",
  tags: ['Docs'],
  documented: false,
  request: { params: z.object({ file: z.string() }) },
  responses: { 200: { description: 'The asset, cacheable for a year: its name changes with its content.' } },
});

export const docsRoutes = [getDocsPageRoute, getDocsAssetRoute];
