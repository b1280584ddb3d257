import * as z from 'zod';
import { AppError, type FieldError } from '../errors/app-error';
import { eventCatalogue, type EventType } from '../events/event-catalogue';

/**
 * Who an endpoint belongs to: a customer (it receives that customer's `customer` events) or the platform
 * (administrators' endpoints, receiving `platform` events such as worker.*).
 */
export type WebhookOwner = { kind: 'customer'; userId: string } | { kind: 'platform' };
export type WebhookAudience = 'customer' | 'platform';

export const audienceOf = (owner: WebhookOwner): WebhookAudience => (owner.kind === 'customer' ? 'customer' : 'platform');

/** The event types an endpoint of this audience may subscribe to, in catalogue order. */
export const eventTypesFor = (audience: WebhookAudience): EventType[] =>
  (Object.keys(eventCatalogue) as EventType[]).filter((type) => eventCatalogue[type].audience === audience);

const MAX_EVENT_TYPES = 50;
const eventTypeList = (audience: WebhookAudience) =>
  z
    .array(z.string().min(1).max(100))
    .max(MAX_EVENT_TYPES)
    .meta({
      description: `Event types to receive; empty or absent: every one of them. One of: ${eventTypesFor(audience).join(', ')}.`,
      example: audience === 'customer' ? ['instance.running', 'instance.failed'] : ['worker.unhealthy', 'worker.offline'],
    });

const urlField = z.string().trim().min(1).max(2048).meta({ description: 'https only; the host must resolve to public addresses', example: 'https://hooks.example.com/paas' });
const descriptionField = z.string().trim().max(200);

/** The public view of an endpoint: never its secrets. */
export const webhookEndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().optional(),
    eventTypes: z.array(z.string()).meta({ description: 'Empty: every event of the owner’s audience' }),
    enabled: z.boolean(),
    disabledReason: z.string().optional().meta({ description: 'Why delivery stopped, when the platform disabled it (e.g. the receiver answered 410)' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookEndpoint' });

/** The create and update bodies, one pair per audience so each documents the event types it accepts. */
const bodiesFor = (audience: WebhookAudience, idPrefix: string) => ({
  create: z.strictObject({ url: urlField, eventTypes: eventTypeList(audience).optional(), description: descriptionField.optional() }).meta({ id: `Create${idPrefix}Webhook` }),
  update: z
    .strictObject({ url: urlField.optional(), eventTypes: eventTypeList(audience).optional(), description: descriptionField.optional(), enabled: z.boolean().optional() })
    .meta({ id: `Update${idPrefix}Webhook` }),
});
export const customerWebhookBodies = bodiesFor('customer', '');
export const platformWebhookBodies = bodiesFor('platform', 'Platform');
export const createWebhookSchema = customerWebhookBodies.create;
export const updateWebhookSchema = customerWebhookBodies.update;

export const createdWebhookSchema = z
  .object({ webhook: webhookEndpointSchema, secret: z.string().meta({ description: 'whsec_…: shown this once; verify deliveries with it (Standard Webhooks)' }) })
  .meta({ id: 'CreatedWebhook' });

export const rotatedSecretSchema = z
  .object({ secret: z.string().meta({ description: 'The new whsec_… secret, shown this once; the previous one keeps signing beside it for 24 hours' }) })
  .meta({ id: 'RotatedWebhookSecret' });

export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;
export type CreateWebhook = z.infer<typeof createWebhookSchema>;
export type UpdateWebhook = z.infer<typeof updateWebhookSchema>;

/**
 * Checks the event types against the catalogue for the owner's audience: an unknown type, or one of the
 * other audience (a customer asking for worker.*), is a 422 naming each bad value. Duplicates are dropped.
 */
export const checkEventTypes = (requested: string[] | undefined, audience: WebhookAudience): EventType[] | undefined => {
  if (requested === undefined) return undefined;
  const allowed = new Set<string>(eventTypesFor(audience));
  const errors: FieldError[] = requested.flatMap((type, i) =>
    allowed.has(type) ? [] : [{ field: `body.eventTypes[${i}]`, message: `"${type}" is not an event type ${audience === 'customer' ? 'a customer' : 'an administrator'} can receive` }],
  );
  if (errors.length) throw new AppError('unprocessable', 'Some event types are not known.', { errors });
  return [...new Set(requested)] as EventType[];
};

/** Whether an endpoint receives an event of this type (the fan-out's filter). */
export const endpointWantsEvent = (endpoint: Pick<WebhookEndpoint, 'enabled' | 'eventTypes'>, type: string): boolean =>
  endpoint.enabled && (endpoint.eventTypes.length === 0 || endpoint.eventTypes.includes(type));
