import * as z from 'zod';
import { createServiceSchema, serviceSchema, updateServiceSchema } from '../../shared/catalog/service';
import { slugSchema } from '../../shared/catalog/slug-and-price';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';

const slugParams = z.object({ slug: slugSchema });
const tags = ['Service catalog'];

export const listServicesRoute = defineRoute({
  operationId: 'listServices',
  method: 'GET',
  path: '/v1/services',
  handler: 'catalog/list-services',
  auth: 'public',
  summary: 'List the active services and their plans',
  tags,
  request: { query: pageQuerySchema },
  responses: { 200: { description: 'A page of active services.', schema: pageOf(serviceSchema, 'ServicePage') } },
});

export const getServiceRoute = defineRoute({
  operationId: 'getService',
  method: 'GET',
  path: '/v1/services/{slug}',
  handler: 'catalog/get-service',
  auth: 'public',
  summary: 'Get one active service',
  tags,
  request: { params: slugParams },
  responses: { 200: { description: 'The service.', schema: serviceSchema } },
});

export const createServiceRoute = defineRoute({
  operationId: 'createService',
  method: 'POST',
  path: '/v1/admin/services',
  handler: 'catalog/admin-create-service',
  auth: 'admin',
  summary: 'Add a service to the catalog',
  tags,
  request: { body: createServiceSchema },
  responses: { 201: { description: 'The service was created.', schema: serviceSchema } },
  throttle: { rateLimit: 5, burstLimit: 10 },
});

export const updateServiceRoute = defineRoute({
  operationId: 'updateService',
  method: 'PATCH',
  path: '/v1/admin/services/{slug}',
  handler: 'catalog/admin-update-service',
  auth: 'admin',
  summary: 'Change a service',
  tags,
  request: { params: slugParams, body: updateServiceSchema },
  responses: { 200: { description: 'The changed service.', schema: serviceSchema } },
  throttle: { rateLimit: 5, burstLimit: 10 },
});

export const deactivateServiceRoute = defineRoute({
  operationId: 'deactivateService',
  method: 'DELETE',
  path: '/v1/admin/services/{slug}',
  handler: 'catalog/admin-deactivate-service',
  auth: 'admin',
  summary: 'Deactivate a service (running subscriptions keep running)',
  tags,
  request: { params: slugParams },
  responses: { 204: { description: 'The service is no longer offered.' } },
  throttle: { rateLimit: 5, burstLimit: 10 },
});

export const catalogRoutes = [listServicesRoute, getServiceRoute, createServiceRoute, updateServiceRoute, deactivateServiceRoute];
