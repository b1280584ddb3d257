import { UNVERIFIED_EMAIL_ERROR } from '../../shared/accounts/verified-email-gate';
import * as z from 'zod';
import { instanceViewSchema } from '../../shared/upgrades/instance-view';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';
import { subscriptionCreateLimit } from '../../shared/rate-limit/api-call-limits';
import { countedLimit } from '../../shared/rate-limit/call-limit';
import { createSubscriptionSchema, instanceSchema, subscriptionSchema } from '../../shared/subscriptions/subscription';

const tags = ['Subscriptions'];
const idParams = z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a subscription id') });
const created = z.object({ subscription: subscriptionSchema, instance: instanceSchema }).meta({ id: 'CreatedSubscription' });

export const createSubscriptionRoute = defineRoute({
  operationId: 'createSubscription',
  method: 'POST',
  path: '/v1/subscriptions',
  handler: 'subscriptions/create-subscription',
  auth: 'customer',
  summary: 'Subscribe to a plan; provisioning starts (send an Idempotency-Key to retry safely)',
  tags,
  request: { body: createSubscriptionSchema },
  responses: { 202: { description: 'PROVISIONING; poll the instance. 409 when no node has room.', schema: created } },
  errors: { 403: UNVERIFIED_EMAIL_ERROR, 404: 'No such service, or no such plan of it.', 422: 'The Idempotency-Key was already used with another body.' },
  throttle: { rateLimit: 5, burstLimit: 10 },
  rateLimit: countedLimit(subscriptionCreateLimit),
});

export const listSubscriptionsRoute = defineRoute({
  operationId: 'listSubscriptions',
  method: 'GET',
  path: '/v1/subscriptions',
  handler: 'subscriptions/list-subscriptions',
  auth: 'customer',
  summary: "The caller's subscriptions, newest first",
  tags,
  request: { query: pageQuerySchema },
  responses: { 200: { description: 'A page of subscriptions.', schema: pageOf(subscriptionSchema, 'SubscriptionPage') } },
});

export const getSubscriptionRoute = defineRoute({
  operationId: 'getSubscription',
  method: 'GET',
  path: '/v1/subscriptions/{id}',
  handler: 'subscriptions/get-subscription',
  auth: 'customer',
  summary: 'One of the caller’s subscriptions',
  tags,
  request: { params: idParams },
  responses: { 200: { description: 'The subscription.', schema: subscriptionSchema } },
});

export const cancelSubscriptionRoute = defineRoute({
  operationId: 'cancelSubscription',
  method: 'POST',
  path: '/v1/subscriptions/{id}/cancel',
  handler: 'subscriptions/cancel-subscription',
  auth: 'customer',
  summary: 'Cancel: the instance and every Kubernetes object of it are deleted',
  tags,
  request: { params: idParams },
  responses: { 202: { description: 'CANCELLED; deprovisioning runs.', schema: subscriptionSchema } },
});

export const renewSubscriptionRoute = defineRoute({
  operationId: 'renewSubscription',
  method: 'POST',
  path: '/v1/subscriptions/{id}/renew',
  handler: 'subscriptions/renew-subscription',
  auth: 'customer',
  summary: 'Extend by one billing period',
  tags,
  request: { params: idParams },
  responses: { 200: { description: 'The subscription with its new period end.', schema: subscriptionSchema } },
});

export const getInstanceRoute = defineRoute({
  operationId: 'getSubscriptionInstance',
  method: 'GET',
  path: '/v1/subscriptions/{id}/instance',
  handler: 'subscriptions/get-instance',
  auth: 'customer',
  summary: 'The instance: status, URL, node, resources and last steps',
  tags,
  request: { params: idParams },
  responses: { 200: { description: 'The instance, with the versions it may upgrade to.', schema: instanceViewSchema } },
});

export const subscriptionRoutes = [createSubscriptionRoute, listSubscriptionsRoute, getSubscriptionRoute, cancelSubscriptionRoute, renewSubscriptionRoute, getInstanceRoute];
