import { UNVERIFIED_EMAIL_ERROR } from '../../shared/accounts/verified-email-gate';
import * as z from 'zod';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';
import { windowInWords } from '../../shared/rate-limit/call-limit';
import { deliveryAttemptSchema } from '../../shared/webhooks/delivery-attempt';
import { queuedRetrySchema, queuedTestSchema } from '../../shared/webhooks/delivery-requests';
import { WEBHOOK_CALL_LIMITS } from '../../shared/webhooks/send-test-event';
import { createdWebhookSchema, customerWebhookBodies, rotatedSecretSchema, webhookEndpointSchema } from '../../shared/webhooks/webhook-endpoint';

const tags = ['Webhooks'];
export const webhookIdParams = z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a webhook id') });
export const webhookPageSchema = pageOf(webhookEndpointSchema, 'WebhookEndpointPage');
export const deliveryAttemptPageSchema = pageOf(deliveryAttemptSchema, 'WebhookDeliveryAttemptPage');

export const createWebhookRoute = defineRoute({
  operationId: 'createWebhook',
  method: 'POST',
  path: '/v1/webhooks',
  handler: 'webhooks/create-webhook',
  auth: 'customer',
  summary: "Register an https endpoint for the caller's events; its signing secret is shown once",
  tags,
  request: { body: customerWebhookBodies.create },
  responses: { 201: { description: 'The endpoint and its whsec_ secret. 422 for a non-https or private-address URL, or an unknown event type.', schema: createdWebhookSchema } },
  errors: { 403: UNVERIFIED_EMAIL_ERROR, 422: 'The URL is not https, does not resolve or resolves to a private address, or an event type is unknown.' },
  throttle: { rateLimit: 5, burstLimit: 10 },
});

export const listWebhooksRoute = defineRoute({
  operationId: 'listWebhooks',
  method: 'GET',
  path: '/v1/webhooks',
  handler: 'webhooks/list-webhooks',
  auth: 'customer',
  summary: "The caller's webhook endpoints, newest first (never their secrets)",
  tags,
  request: { query: pageQuerySchema },
  responses: { 200: { description: 'A page of endpoints.', schema: webhookPageSchema } },
});

export const getWebhookRoute = defineRoute({
  operationId: 'getWebhook',
  method: 'GET',
  path: '/v1/webhooks/{id}',
  handler: 'webhooks/get-webhook',
  auth: 'customer',
  summary: 'One of the caller’s webhook endpoints',
  tags,
  request: { params: webhookIdParams },
  responses: { 200: { description: 'The endpoint.', schema: webhookEndpointSchema } },
});

export const updateWebhookRoute = defineRoute({
  operationId: 'updateWebhook',
  method: 'PATCH',
  path: '/v1/webhooks/{id}',
  handler: 'webhooks/update-webhook',
  auth: 'customer',
  summary: 'Change the URL, event types, description, or turn the endpoint off and on',
  tags,
  request: { params: webhookIdParams, body: customerWebhookBodies.update },
  responses: { 200: { description: 'The endpoint as changed.', schema: webhookEndpointSchema } },
  errors: { 422: 'The URL is not https, does not resolve or resolves to a private address, or an event type is unknown.' },
});

export const deleteWebhookRoute = defineRoute({
  operationId: 'deleteWebhook',
  method: 'DELETE',
  path: '/v1/webhooks/{id}',
  handler: 'webhooks/delete-webhook',
  auth: 'customer',
  summary: 'Remove an endpoint; nothing more is delivered to it',
  tags,
  request: { params: webhookIdParams },
  responses: { 204: { description: 'Removed.' } },
});

export const rotateWebhookSecretRoute = defineRoute({
  operationId: 'rotateWebhookSecret',
  method: 'POST',
  path: '/v1/webhooks/{id}/rotate-secret',
  handler: 'webhooks/rotate-webhook-secret',
  auth: 'customer',
  summary: 'A new signing secret, shown once; the old one keeps signing beside it for 24 hours',
  tags,
  request: { params: webhookIdParams },
  responses: { 200: { description: 'The new secret.', schema: rotatedSecretSchema } },
});

export const listWebhookDeliveriesRoute = defineRoute({
  operationId: 'listWebhookDeliveries',
  method: 'GET',
  path: '/v1/webhooks/{id}/deliveries',
  handler: 'webhooks/list-webhook-deliveries',
  auth: 'customer',
  summary: 'Delivery attempts to the endpoint, newest first: event, status code, duration, attempt number, next retry',
  tags,
  request: { params: webhookIdParams, query: pageQuerySchema },
  responses: { 200: { description: 'A page of attempts.', schema: deliveryAttemptPageSchema } },
});

/** A delivery's id is its event's id (the `webhook-id` the receiver got): a ULID, or a platform event's own id. */
export const deliveryIdParams = webhookIdParams.extend({
  deliveryId: z.string().min(1).max(128).regex(/^[A-Za-z0-9._:-]+$/, 'must be a delivery id (the webhook-id of the delivery)'),
});

export const testWebhookRoute = defineRoute({
  operationId: 'testWebhook',
  method: 'POST',
  path: '/v1/webhooks/{id}/test',
  handler: 'webhooks/send-test-webhook',
  auth: 'customer',
  summary: 'Queue a webhook.test event to this endpoint alone: delivered, signed, retried and logged like any event',
  tags,
  request: { params: webhookIdParams },
  responses: { 202: { description: `Queued; its delivery shows in …/deliveries. 409 if the endpoint is disabled; 429 past ${WEBHOOK_CALL_LIMITS.testsPerWindow} tests in ${WEBHOOK_CALL_LIMITS.windowSeconds / 60} minutes.`, schema: queuedTestSchema } },
  throttle: { rateLimit: 5, burstLimit: 10 },
  rateLimit: { description: `At most ${WEBHOOK_CALL_LIMITS.testsPerWindow} tests per customer in ${windowInWords(WEBHOOK_CALL_LIMITS.windowSeconds)}.` },
});

export const retryWebhookDeliveryRoute = defineRoute({
  operationId: 'retryWebhookDelivery',
  method: 'POST',
  path: '/v1/webhooks/{id}/deliveries/{deliveryId}/retry',
  handler: 'webhooks/retry-webhook-delivery',
  auth: 'customer',
  summary: 'Send one delivery again now: same webhook-id, body and sequence headers, one attempt',
  tags,
  request: { params: deliveryIdParams },
  responses: { 202: { description: `Queued; the attempt shows in …/deliveries. 404 for an unknown (or aged-out) delivery; 409 if the endpoint is disabled; 429 past ${WEBHOOK_CALL_LIMITS.retriesPerWindow} retries in ${WEBHOOK_CALL_LIMITS.windowSeconds / 60} minutes.`, schema: queuedRetrySchema } },
  throttle: { rateLimit: 5, burstLimit: 10 },
  rateLimit: { description: `At most ${WEBHOOK_CALL_LIMITS.retriesPerWindow} retries per customer in ${windowInWords(WEBHOOK_CALL_LIMITS.windowSeconds)}.` },
});

export const webhookRoutes = [
  createWebhookRoute,
  listWebhooksRoute,
  getWebhookRoute,
  updateWebhookRoute,
  deleteWebhookRoute,
  rotateWebhookSecretRoute,
  listWebhookDeliveriesRoute,
  testWebhookRoute,
  retryWebhookDeliveryRoute,
];
