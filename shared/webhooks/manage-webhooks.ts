import { ulid } from 'ulid';
import { AppError, isAppError, notFound, type FieldError } from '../errors/app-error';
import type { AddressPolicy, Resolver } from './address-policy';
import { checkWebhookUrl } from './address-policy';
import type { DeliveryAttemptStore } from './delivery-attempt-store';
import { audienceOf, checkEventTypes, type CreateWebhook, type UpdateWebhook, type WebhookEndpoint, type WebhookOwner } from './webhook-endpoint';
import type { WebhookEndpointStore } from './webhook-endpoint-store';
import { newWebhookSecret, rotateSecrets } from './webhook-secret';

export interface WebhookDeps {
  endpoints: WebhookEndpointStore;
  attempts: DeliveryAttemptStore;
  addressPolicy: AddressPolicy;
  /** The system resolver in the functions; tests pass a fake one. */
  resolve?: Resolver;
  now: () => Date;
}

type Page = { limit: number; cursor?: string };

/** Runs both checks of a body and reports every refused field in one 422, as validation does for 400s. */
const checked = async <A, B>(first: () => A, second: () => Promise<B>): Promise<[A, B]> => {
  const results = await Promise.allSettled([Promise.resolve().then(first), second()]);
  const errors: FieldError[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') continue;
    if (!isAppError(result.reason) || result.reason.type !== 'unprocessable') throw result.reason;
    errors.push(...(result.reason.errors ?? []));
  }
  if (errors.length) throw new AppError('unprocessable', 'The webhook cannot be saved as given.', { errors });
  return [(results[0] as PromiseFulfilledResult<A>).value, (results[1] as PromiseFulfilledResult<B>).value];
};

/**
 * The use cases behind both the customer routes (owner: the caller) and the administrators' (owner: the
 * platform). The URL is checked against the SSRF policy and the event types against the owner's audience
 * before anything is written.
 */
export const createWebhook = async (deps: WebhookDeps, owner: WebhookOwner, input: CreateWebhook) => {
  const [eventTypes = [], url] = await checked(
    () => checkEventTypes(input.eventTypes, audienceOf(owner)),
    () => checkWebhookUrl(input.url, deps.addressPolicy, deps.resolve),
  );
  const now = deps.now();
  const webhook: WebhookEndpoint = {
    id: ulid(now.getTime()),
    url: url.href,
    ...(input.description ? { description: input.description } : {}),
    eventTypes,
    enabled: true,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const secret = newWebhookSecret();
  await deps.endpoints.create(owner, webhook, secret);
  // The only time the secret leaves the platform, besides a rotation.
  return { webhook, secret };
};

export const listWebhooks = (deps: Pick<WebhookDeps, 'endpoints'>, owner: WebhookOwner, page: Page) => deps.endpoints.list(owner, page);

export const getWebhook = async (deps: Pick<WebhookDeps, 'endpoints'>, owner: WebhookOwner, id: string) => {
  const webhook = await deps.endpoints.get(owner, id);
  if (!webhook) throw notFound('The webhook');
  return webhook;
};

export const updateWebhook = async (deps: WebhookDeps, owner: WebhookOwner, id: string, changes: UpdateWebhook) => {
  const [eventTypes, url] = await checked(
    () => checkEventTypes(changes.eventTypes, audienceOf(owner)),
    async () => (changes.url === undefined ? undefined : await checkWebhookUrl(changes.url, deps.addressPolicy, deps.resolve)),
  );
  return deps.endpoints.update(owner, id, { url: url?.href, eventTypes, description: changes.description, enabled: changes.enabled }, deps.now().toISOString());
};

export const deleteWebhook = (deps: Pick<WebhookDeps, 'endpoints'>, owner: WebhookOwner, id: string) => deps.endpoints.delete(owner, id);

/** A new secret, shown once; the previous one keeps signing beside it for 24 hours. */
export const rotateWebhookSecret = async (deps: WebhookDeps, owner: WebhookOwner, id: string) => {
  const now = deps.now();
  const endpoint = await deps.endpoints.getEndpointForDelivery(owner, id, now);
  if (!endpoint) throw notFound('The webhook');
  const secret = newWebhookSecret();
  await deps.endpoints.replaceSecrets(owner, id, rotateSecrets(endpoint, secret, now), endpoint.version, now.toISOString());
  return { secret };
};

/** The endpoint's attempts, newest first; someone else's endpoint (or a deleted one) is not found. */
export const listWebhookDeliveries = async (deps: Pick<WebhookDeps, 'endpoints' | 'attempts'>, owner: WebhookOwner, id: string, page: Page) => {
  await getWebhook(deps, owner, id);
  return deps.attempts.listForEndpoint(id, page);
};
