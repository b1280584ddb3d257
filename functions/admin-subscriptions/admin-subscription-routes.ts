import * as z from 'zod';
import { slugSchema } from '../../shared/catalog/slug-and-price';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';
import { subscriptionStates } from '../../shared/subscriptions/lifecycle';
import { subscriptionSchema } from '../../shared/subscriptions/subscription';

const tags = ['Administration: subscriptions'];
const id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an id');

export const adminListSubscriptionsRoute = defineRoute({
  operationId: 'adminListSubscriptions',
  method: 'GET',
  path: '/v1/admin/subscriptions',
  handler: 'admin-subscriptions/list-subscriptions',
  auth: 'admin',
  summary: 'Every subscription, newest first; filter by status, service, user',
  tags,
  request: { query: pageQuerySchema.extend({ status: z.enum(subscriptionStates).optional(), serviceSlug: slugSchema.optional(), userId: id.optional() }) },
  responses: { 200: { description: 'A page of subscriptions.', schema: pageOf(subscriptionSchema, 'AdminSubscriptionPage') } },
});

export const suspendSubscriptionRoute = defineRoute({
  operationId: 'adminSuspendSubscription',
  method: 'POST',
  path: '/v1/admin/subscriptions/{id}/suspend',
  handler: 'admin-subscriptions/suspend-subscription',
  auth: 'admin',
  summary: 'Scale the instance to zero (data kept) and stop new pods in its namespace',
  tags,
  request: { params: z.object({ id }) },
  responses: { 202: { description: 'SUSPENDED.', schema: subscriptionSchema } },
});

export const resumeSubscriptionRoute = defineRoute({
  operationId: 'adminResumeSubscription',
  method: 'POST',
  path: '/v1/admin/subscriptions/{id}/resume',
  handler: 'admin-subscriptions/resume-subscription',
  auth: 'admin',
  summary: 'Restore the replicas recorded at suspension',
  tags,
  request: { params: z.object({ id }) },
  responses: { 202: { description: 'ACTIVE again.', schema: subscriptionSchema } },
});

export const adminSubscriptionRoutes = [adminListSubscriptionsRoute, suspendSubscriptionRoute, resumeSubscriptionRoute];
