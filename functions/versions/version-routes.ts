import * as z from 'zod';
import { slugSchema } from '../../shared/catalog/slug-and-price';
import {
  adminServiceVersionSchema,
  createServiceVersionSchema,
  maxServiceVersions,
  serviceVersionSchema,
  updateServiceVersionSchema,
  versionNameSchema,
} from '../../shared/catalog/service-version';
import { defineRoute } from '../../shared/http/route';

const tags = ['Service catalog'];
const slugParams = z.object({ slug: slugSchema });
const versionParams = z.object({ slug: slugSchema, version: versionNameSchema });

export const listServiceVersionsRoute = defineRoute({
  operationId: 'listServiceVersions',
  method: 'GET',
  path: '/v1/admin/services/{slug}/versions',
  handler: 'versions/admin-list-versions',
  auth: 'admin',
  summary: "A service's versions, newest first, with how many live instances run each",
  tags,
  request: { params: slugParams },
  responses: {
    200: {
      description: 'The versions.',
      schema: z.object({ items: z.array(adminServiceVersionSchema).max(maxServiceVersions) }).meta({ id: 'AdminServiceVersionList' }),
    },
  },
});

export const addServiceVersionRoute = defineRoute({
  operationId: 'addServiceVersion',
  method: 'POST',
  path: '/v1/admin/services/{slug}/versions',
  handler: 'versions/admin-add-version',
  auth: 'admin',
  summary: 'Add a version of the app (image and tag, status; `default` makes new instances get it)',
  tags,
  request: { params: slugParams, body: createServiceVersionSchema },
  responses: { 201: { description: 'The version was added.', schema: serviceVersionSchema } },
  errors: { 409: 'The service already lists this version, or an end-of-life version was made the default.' },
  throttle: { rateLimit: 5, burstLimit: 10 },
});

export const updateServiceVersionRoute = defineRoute({
  operationId: 'updateServiceVersion',
  method: 'PATCH',
  path: '/v1/admin/services/{slug}/versions/{version}',
  handler: 'versions/admin-update-version',
  auth: 'admin',
  summary: 'Deprecate a version, end it, date its end of life, or make it the default',
  tags,
  request: { params: versionParams, body: updateServiceVersionSchema },
  responses: { 200: { description: 'The changed version.', schema: serviceVersionSchema } },
  errors: { 409: 'The default version cannot be end-of-life.' },
  throttle: { rateLimit: 5, burstLimit: 10 },
});

export const versionRoutes = [listServiceVersionsRoute, addServiceVersionRoute, updateServiceVersionRoute];
