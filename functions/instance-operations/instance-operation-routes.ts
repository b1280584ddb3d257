import * as z from 'zod';
import { defineRoute } from '../../shared/http/route';
import { instanceEventListSchema } from '../../shared/instance-operations/instance-events';
import { instanceLogsQuerySchema, MAX_LOG_BYTES, MAX_LOG_LINES } from '../../shared/instance-operations/instance-logs';
import { restartStartedSchema } from '../../shared/instance-operations/restart';
import { restartLimit } from '../../shared/rate-limit/api-call-limits';
import { countedLimit } from '../../shared/rate-limit/call-limit';

const tags = ['Instance operations'];
const subscriptionParams = z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a subscription id') });

export const restartInstanceRoute = defineRoute({
  operationId: 'restartInstance',
  method: 'POST',
  path: '/v1/subscriptions/{id}/instance/restart',
  handler: 'instance-operations/restart-instance',
  auth: 'customer',
  summary: "A rolling restart: the instance's pods are replaced one at a time; RESTARTING until they are Ready",
  tags,
  request: { params: subscriptionParams },
  responses: { 202: { description: 'The instance, RESTARTING, and the restart’s id (in its steps and events).', schema: restartStartedSchema } },
  errors: { 409: 'Another operation runs on the instance (named), or the instance or its subscription does not run (SUSPENDED, PROVISIONING, FAILED…).' },
  rateLimit: countedLimit(restartLimit),
});

export const instanceLogsRoute = defineRoute({
  operationId: 'getInstanceLogs',
  method: 'GET',
  path: '/v1/subscriptions/{id}/instance/logs',
  handler: 'instance-operations/get-instance-logs',
  auth: 'customer',
  summary: `The last lines of one of the instance's containers, as text (at most ${MAX_LOG_LINES} lines and ${MAX_LOG_BYTES / 1024} KiB)`,
  tags,
  request: { params: subscriptionParams, query: instanceLogsQuerySchema },
  responses: { 200: { description: 'The log, oldest line first.', schema: z.string().max(MAX_LOG_BYTES), contentType: 'text/plain' } },
  errors: { 409: 'The instance has no running pod (suspended, provisioning, failed), or the container is not running yet.' },
});

export const instanceEventsRoute = defineRoute({
  operationId: 'listInstanceEvents',
  method: 'GET',
  path: '/v1/subscriptions/{id}/instance/events',
  handler: 'instance-operations/list-instance-events',
  auth: 'customer',
  summary: "The Kubernetes events of the instance's objects, newest first, in the platform's words",
  tags,
  request: { params: subscriptionParams },
  responses: { 200: { description: 'The newest events (Kubernetes keeps them about an hour).', schema: instanceEventListSchema } },
});

export const instanceOperationRoutes = [restartInstanceRoute, instanceLogsRoute, instanceEventsRoute];
