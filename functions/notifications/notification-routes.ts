import * as z from 'zod';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';
import { notificationFilterSchema, notificationIdSchema, notificationSchema } from '../../shared/notifications/notification';

const tags = ['Notifications'];
export const notificationPageSchema = pageOf(notificationSchema, 'NotificationPage');

export const listNotificationsRoute = defineRoute({
  operationId: 'listNotifications',
  method: 'GET',
  path: '/v1/notifications',
  handler: 'notifications/list-notifications',
  auth: 'customer',
  summary: "The caller's notifications: unread first, then read, each newest first; or only unread or read ones",
  tags,
  request: { query: pageQuerySchema.extend({ status: notificationFilterSchema }) },
  responses: { 200: { description: 'A page of notifications. A cursor is valid only for the list (and status) that issued it.', schema: notificationPageSchema } },
});

export const readNotificationRoute = defineRoute({
  operationId: 'readNotification',
  method: 'POST',
  path: '/v1/notifications/{id}/read',
  handler: 'notifications/read-notification',
  auth: 'customer',
  summary: 'Mark one of the caller’s notifications read (again: no change; the first read time stays)',
  tags,
  request: { params: z.object({ id: notificationIdSchema }) },
  responses: { 204: { description: 'Read.' } },
});

export const notificationRoutes = [listNotificationsRoute, readNotificationRoute];
