import * as z from 'zod';
import { backupSchema, backupStatuses, downloadLinkSchema, restoreRequestSchema } from '../../shared/backups/backup';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';
import { manualBackupLimit, restoreLimit } from '../../shared/rate-limit/api-call-limits';
import { countedLimit } from '../../shared/rate-limit/call-limit';
import { instanceSchema, subscriptionSchema } from '../../shared/subscriptions/subscription';

const tags = ['Backups'];
const ulid = (what: string) => z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, `must be a ${what} id`);
const subscriptionParams = z.object({ id: ulid('subscription') });
const backupParams = z.object({ id: ulid('subscription'), backupId: ulid('backup') });

export const createBackupRoute = defineRoute({
  operationId: 'createBackup',
  method: 'POST',
  path: '/v1/subscriptions/{id}/backups',
  handler: 'backups/create-backup',
  auth: 'customer',
  summary: 'Back the instance up now (send an Idempotency-Key to retry safely)',
  tags,
  request: { params: subscriptionParams },
  responses: { 202: { description: 'The backup, RUNNING; the instance is BACKING_UP until it ends.', schema: backupSchema } },
  errors: {
    409: 'The instance is busy (another backup or a restore), the subscription is not ACTIVE, or the plan’s cap on backups is reached.',
    422: 'The Idempotency-Key was already used with another request.',
  },
  rateLimit: countedLimit(manualBackupLimit),
});

export const listBackupsRoute = defineRoute({
  operationId: 'listBackups',
  method: 'GET',
  path: '/v1/subscriptions/{id}/backups',
  handler: 'backups/list-backups',
  auth: 'customer',
  summary: "The instance's backups, newest first: status, kind, size, checksum, time",
  tags,
  request: { params: subscriptionParams, query: pageQuerySchema },
  responses: { 200: { description: 'A page of backups.', schema: pageOf(backupSchema, 'BackupPage') } },
});

export const getBackupRoute = defineRoute({
  operationId: 'getBackup',
  method: 'GET',
  path: '/v1/subscriptions/{id}/backups/{backupId}',
  handler: 'backups/get-backup',
  auth: 'customer',
  summary: 'One backup',
  tags,
  request: { params: backupParams },
  responses: { 200: { description: 'The backup.', schema: backupSchema } },
});

export const deleteBackupRoute = defineRoute({
  operationId: 'deleteBackup',
  method: 'DELETE',
  path: '/v1/subscriptions/{id}/backups/{backupId}',
  handler: 'backups/delete-backup',
  auth: 'customer',
  summary: 'Delete a finished backup and its archive',
  tags,
  request: { params: backupParams },
  responses: { 204: { description: 'Deleted.' } },
  errors: { 409: 'The backup is still running.' },
});

export const downloadBackupRoute = defineRoute({
  operationId: 'downloadBackup',
  method: 'GET',
  path: '/v1/subscriptions/{id}/backups/{backupId}/download',
  handler: 'backups/download-backup',
  auth: 'customer',
  summary: 'A short-lived link to the archive (tar, zstd), with its SHA-256',
  tags,
  request: { params: backupParams },
  responses: { 200: { description: 'The link and when it expires.', schema: downloadLinkSchema } },
  errors: { 409: 'The backup is not COMPLETED.' },
});

const restored = z
  .object({ instance: instanceSchema, subscription: subscriptionSchema.optional().meta({ description: 'The new subscription, with intoNewSubscription' }) })
  .meta({ id: 'RestoreStarted' });

export const restoreBackupRoute = defineRoute({
  operationId: 'restoreBackup',
  method: 'POST',
  path: '/v1/subscriptions/{id}/backups/{backupId}/restore',
  handler: 'backups/restore-backup',
  auth: 'customer',
  summary: 'Restore the backup into its instance (a safety backup is taken first), or into a new subscription',
  tags,
  request: { params: backupParams, body: restoreRequestSchema },
  responses: { 202: { description: 'The instance, RESTORING (or the new subscription, PROVISIONING, restored once it runs).', schema: restored } },
  errors: { 409: 'The backup is running or failed, the instance is busy, or the subscription is not ACTIVE.' },
  rateLimit: countedLimit(restoreLimit),
});

export const adminListBackupsRoute = defineRoute({
  operationId: 'adminListBackups',
  method: 'GET',
  path: '/v1/admin/backups',
  handler: 'backups/admin-list-backups',
  auth: 'admin',
  summary: 'Every backup, FAILED first, then RUNNING, then COMPLETED, newest first in each; filter by customer and status',
  tags,
  request: { query: pageQuerySchema.extend({ status: z.enum(backupStatuses).optional(), userId: ulid('user').optional() }) },
  responses: {
    200: {
      description: 'A page of backups; with `userId`, what that customer’s completed backups take in total.',
      schema: pageOf(backupSchema, 'AdminBackupPage').extend({ customerTotal: z.object({ count: z.number().int(), sizeBytes: z.number().int() }).optional() }),
    },
  },
});

export const backupRoutes = [createBackupRoute, listBackupsRoute, getBackupRoute, deleteBackupRoute, downloadBackupRoute, restoreBackupRoute, adminListBackupsRoute];
