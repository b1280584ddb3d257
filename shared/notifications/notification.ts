import * as z from 'zod';

/** ULIDs, like every id of the platform; a notification's sorts by the time of the event behind it. */
export const notificationIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a notification id').meta({ example: '01JD7Y9V6M1S8W4K2T3R5Q7P9N' });

export const notificationStateSchema = z.enum(['UNREAD', 'READ']).meta({ example: 'UNREAD' });
export const notificationSeveritySchema = z.enum(['INFO', 'WARNING', 'CRITICAL']).meta({ example: 'INFO' });

/** What a notification is about, so a client can link to it. */
export const notificationResourceSchema = z
  .object({
    kind: z.enum(['subscription', 'instance', 'webhook', 'api-key', 'account']),
    id: z.string(),
  })
  .meta({ id: 'NotificationResource', example: { kind: 'instance', id: '01JD7Y8C2N4M6K8J0H2G4F6E8D' } });

/** A notification as its owner sees it. */
export const notificationSchema = z
  .object({
    id: notificationIdSchema,
    eventId: z.string().meta({ description: 'The event behind it: the `webhook-id` of its webhook delivery', example: '01JD7Y9V6M1S8W4K2T3R5Q7P9N' }),
    eventType: z.string().meta({ example: 'instance.running' }),
    severity: notificationSeveritySchema,
    title: z.string().meta({ example: 'Your instance is ready' }),
    text: z.string().meta({ example: 'Instance 01JD7Y8C2N4M6K8J0H2G4F6E8D of subscription 01JD7Y8BZ3X5V7T9R1P3N5M7K9 is running at https://01jd7y8c2n4m6k8j0h2g4f6e8d.apps.example.com.' }),
    resource: notificationResourceSchema.optional(),
    status: notificationStateSchema,
    occurredAt: z.iso.datetime().meta({ description: 'When the event happened', example: '2025-01-02T03:04:05.678Z' }),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().optional().meta({ description: 'When it was first marked read' }),
  })
  .meta({ id: 'Notification' });

/**
 * Which notifications a list shows. `all` (the default) is an inbox: unread first, then read, each newest
 * first, so what needs attention is on the first page and a notification does not vanish once read.
 */
export const notificationFilterSchema = z
  .enum(['all', 'unread', 'read'])
  .default('all')
  .meta({ description: '`all`: unread first, then read (each newest first); `unread` or `read`: only those', example: 'all' });

export type Notification = z.infer<typeof notificationSchema>;
export type NotificationState = z.infer<typeof notificationStateSchema>;
export type NotificationSeverity = z.infer<typeof notificationSeveritySchema>;
export type NotificationResource = z.infer<typeof notificationResourceSchema>;
export type NotificationFilter = z.output<typeof notificationFilterSchema>;

/**
 * Where the notification's email is: `PENDING` until a consumer claims it, `SENDING` while one sends it (a
 * claim that lapses, when that consumer failed or died, can be taken over), `SENT`, `SKIPPED` (emails are
 * off, or the account is gone or disabled), `NONE` (not a kind that is emailed).
 */
export type EmailState = 'PENDING' | 'SENDING' | 'SENT' | 'SKIPPED' | 'NONE';

/** The stored notification: the public view plus whom it belongs to and its email's progress. */
export interface StoredNotification extends Notification {
  userId: string;
  email: EmailState;
}
