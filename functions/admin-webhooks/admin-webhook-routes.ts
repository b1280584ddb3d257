import { pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';
import { createdWebhookSchema, platformWebhookBodies, rotatedSecretSchema, webhookEndpointSchema } from '../../shared/webhooks/webhook-endpoint';
import { queuedRetrySchema } from '../../shared/webhooks/delivery-requests';
import { deliveryAttemptPageSchema, deliveryIdParams, webhookIdParams, webhookPageSchema } from '../webhooks/webhook-routes';

/**
 * Administrators' endpoints receive the platform's own events (audience `platform` in the event catalogue:
 * worker.*, user.*, service.*). Same shapes as a customer's, under the one platform owner.
 */
const tags = ['Administration: webhooks'];

export const adminCreateWebhookRoute = defineRoute({
  operationId: 'adminCreateWebhook',
  method: 'POST',
  path: '/v1/admin/webhooks',
  handler: 'admin-webhooks/admin-create-webhook',
  auth: 'admin',
  summary: 'Register an https endpoint for platform events; its signing secret is shown once',
  tags,
  request: { body: platformWebhookBodies.create },
  responses: { 201: { description: 'The endpoint and its whsec_ secret. 422 for a non-https or private-address URL, or an event type that is not a platform event.', schema: createdWebhookSchema } },
  errors: { 422: 'The URL is not https, does not resolve or resolves to a private address, or an event type is not a platform event.' },
});

export const adminListWebhooksRoute = defineRoute({
  operationId: 'adminListWebhooks',
  method: 'GET',
  path: '/v1/admin/webhooks',
  handler: 'admin-webhooks/admin-list-webhooks',
  auth: 'admin',
  summary: 'The platform event endpoints, newest first (never their secrets)',
  tags,
  request: { query: pageQuerySchema },
  responses: { 200: { description: 'A page of endpoints.', schema: webhookPageSchema } },
});

export const adminGetWebhookRoute = defineRoute({
  operationId: 'adminGetWebhook',
  method: 'GET',
  path: '/v1/admin/webhooks/{id}',
  handler: 'admin-webhooks/admin-get-webhook',
  auth: 'admin',
  summary: 'One platform event endpoint',
  tags,
  request: { params: webhookIdParams },
  responses: { 200: { description: 'The endpoint.', schema: webhookEndpointSchema } },
});

export const adminUpdateWebhookRoute = defineRoute({
  operationId: 'adminUpdateWebhook',
  method: 'PATCH',
  path: '/v1/admin/webhooks/{id}',
  handler: 'admin-webhooks/admin-update-webhook',
  auth: 'admin',
  summary: 'Change a platform event endpoint: URL, event types, description, enabled',
  tags,
  request: { params: webhookIdParams, body: platformWebhookBodies.update },
  responses: { 200: { description: 'The endpoint as changed.', schema: webhookEndpointSchema } },
  errors: { 422: 'The URL is not https, does not resolve or resolves to a private address, or an event type is not a platform event.' },
});

export const adminDeleteWebhookRoute = defineRoute({
  operationId: 'adminDeleteWebhook',
  method: 'DELETE',
  path: '/v1/admin/webhooks/{id}',
  handler: 'admin-webhooks/admin-delete-webhook',
  auth: 'admin',
  summary: 'Remove a platform event endpoint',
  tags,
  request: { params: webhookIdParams },
  responses: { 204: { description: 'Removed.' } },
});

export const adminRotateWebhookSecretRoute = defineRoute({
  operationId: 'adminRotateWebhookSecret',
  method: 'POST',
  path: '/v1/admin/webhooks/{id}/rotate-secret',
  handler: 'admin-webhooks/admin-rotate-webhook-secret',
  auth: 'admin',
  summary: 'A new signing secret, shown once; the old one keeps signing beside it for 24 hours',
  tags,
  request: { params: webhookIdParams },
  responses: { 200: { description: 'The new secret.', schema: rotatedSecretSchema } },
});

export const adminListWebhookDeliveriesRoute = defineRoute({
  operationId: 'adminListWebhookDeliveries',
  method: 'GET',
  path: '/v1/admin/webhooks/{id}/deliveries',
  handler: 'admin-webhooks/admin-list-webhook-deliveries',
  auth: 'admin',
  summary: 'Delivery attempts to a platform event endpoint, newest first',
  tags,
  request: { params: webhookIdParams, query: pageQuerySchema },
  responses: { 200: { description: 'A page of attempts.', schema: deliveryAttemptPageSchema } },
});

export const adminRetryWebhookDeliveryRoute = defineRoute({
  operationId: 'adminRetryWebhookDelivery',
  method: 'POST',
  path: '/v1/admin/webhooks/{id}/deliveries/{deliveryId}/retry',
  handler: 'admin-webhooks/admin-retry-webhook-delivery',
  auth: 'admin',
  summary: 'Send one delivery to a platform event endpoint again now: same webhook-id, body and sequence headers, one attempt',
  tags,
  request: { params: deliveryIdParams },
  responses: { 202: { description: 'Queued; the attempt shows in …/deliveries. 404 for an unknown (or aged-out) delivery; 409 if the endpoint is disabled.', schema: queuedRetrySchema } },
});

export const adminWebhookRoutes = [
  adminCreateWebhookRoute,
  adminListWebhooksRoute,
  adminGetWebhookRoute,
  adminUpdateWebhookRoute,
  adminDeleteWebhookRoute,
  adminRotateWebhookSecretRoute,
  adminListWebhookDeliveriesRoute,
  adminRetryWebhookDeliveryRoute,
];
