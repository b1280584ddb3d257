import { errorFields } from '../logging/error-fields';
import { logger } from '../logging/logger';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import type { AttemptErrorKind, NewDeliveryAttempt } from './delivery-attempt';
import type { DeliveryAttemptStore, EndedClaim } from './delivery-attempt-store';
import type { AttemptCounter } from './batch-tally';
import { deliveryHeaders } from './delivery-headers';
import { type DeliveryMessage, webhookPayloadOf } from './delivery-message';
import { afterFailure, afterSuccess, GONE_REASON, type HealthChange, type HealthSettings } from './endpoint-health';
import type { EndpointHealthStore } from './endpoint-health-store';
import { nextAttempt, parseRetryAfter } from './retry-schedule';
import type { WebhookDeliveryStore } from './webhook-delivery-store';
import type { WebhookOwner } from './webhook-endpoint';
import type { WebhookEndpointStore } from './webhook-endpoint-store';
import { activeSecrets } from './webhook-secret';
import type { WebhookSender } from './webhook-sender';

export interface DeliveryDeps {
  endpoints: Pick<WebhookEndpointStore, 'getEndpointForDelivery'>;
  deliveries: Pick<WebhookDeliveryStore, 'countAttempt' | 'claimAttempt' | 'endClaim'>;
  attempts: Pick<DeliveryAttemptStore, 'recordAttempt'>;
  health: EndpointHealthStore;
  /** The hourly tally of attempts behind /v1/admin/stats' success rate: counted here, written by the consumer per batch. */
  tally: AttemptCounter;
  send: WebhookSender;
  retrySchedule: readonly number[];
  healthSettings: HealthSettings;
  now: () => Date;
  random?: () => number;
}

/**
 * What the queue consumer does with the message: delete it (`done`), or leave it to be received again after
 * `retryInSeconds` (its visibility). After the last scheduled attempt that is 0 and the next receive moves it
 * to the DLQ (the queue's maxReceiveCount is the schedule's length).
 */
export type DeliveryOutcome =
  | { done: true; result: 'delivered' | 'gone' | 'dropped' | 'duplicate' | 'failed-manual' }
  | { done: false; retryInSeconds: number; exhausted: boolean };

/** The receiver took it: any 2xx, and nothing else (a 3xx is a redirect, not followed). */
const isSuccess = (statusCode: number | undefined, error: AttemptErrorKind | undefined) => !error && statusCode !== undefined && statusCode >= 200 && statusCode < 300;

/** The owner's events about its endpoint's health; administrators' endpoints have no customer to tell. */
const healthEvents = (owner: WebhookOwner, endpointId: string, change: HealthChange, now: Date): DomainEvent[] => {
  if (owner.kind !== 'customer') return [];
  const detail = { userId: owner.userId, webhookId: endpointId };
  switch (change.kind) {
    case 'start-failing':
      return change.notify ? [domainEvent('webhook.failing', detail, now)] : [];
    case 'notify-failing':
      return [domainEvent('webhook.failing', detail, now)];
    case 'recover':
      return change.notify ? [domainEvent('webhook.recovered', detail, now)] : [];
    case 'disable':
      return [domainEvent('webhook.disabled', detail, now)];
    default:
      return [];
  }
};

/**
 * The bookkeeping after an attempt went out must not make it go out again: a failure to log or to move the
 * health is logged loudly and the delivery goes on (a throw would redeliver a message the receiver has).
 */
const afterTheFact = async (what: string, fields: Record<string, unknown>, write: () => Promise<unknown>) => {
  try {
    await write();
  } catch (error) {
    logger.error(`webhook delivery: could not ${what}`, { ...fields, ...errorFields(error) });
  }
};

/**
 * How long a message's claim on a delivery keeps other copies of it away: longer than an attempt can last
 * (the delivery consumer's 30 s timeout, functions/queues.ts). The holder renews it on each of its attempts.
 */
export const DELIVERY_CLAIM_SECONDS = 60;

/**
 * One attempt of one delivery (DESIGN section 7): the endpoint read with its secrets, the event POSTed with
 * the Standard Webhooks headers and the ordering headers, the attempt logged, the endpoint's health moved,
 * and the message's fate decided by Svix's schedule (with `Retry-After` honoured). A 410 disables the
 * endpoint at once; an endpoint disabled or deleted since the event was queued gets nothing, and the drop
 * is logged as an attempt. `receiveCount` is the message's (SQS's ApproximateReceiveCount): its place in
 * the schedule. `messageId` (SQS's) claims each automatic attempt for this message, so a second copy of the
 * delivery (its fan-out or the outbox forwarder ran twice, after a crash) is dropped, not sent again.
 */
export const deliverWebhook = async (deps: DeliveryDeps, message: DeliveryMessage, receiveCount: number, messageId?: string): Promise<DeliveryOutcome> => {
  const now = deps.now();
  const { endpointId, owner, event } = message;
  const fields = { endpointId, eventId: event.id, eventType: event.type, sequence: message.sequence, receiveCount, manual: message.manual ?? false };
  const base: Omit<NewDeliveryAttempt, 'attempt' | 'durationMs'> = { endpointId, deliveryId: event.id, eventId: event.id, eventType: event.type, at: now.toISOString() };
  // The attempt's number over every run of the delivery; its receive count when the record is gone or unreachable.
  const countAttempt = async () => {
    try {
      return (await deps.deliveries.countAttempt(endpointId, event.id, now)) ?? receiveCount;
    } catch (error) {
      logger.error('webhook delivery: could not count the attempt', { ...fields, ...errorFields(error) });
      return receiveCount;
    }
  };

  // The owner's retries (manual) are sent whatever was sent before; the platform's own attempts only once.
  // The endpoint and the claim are read and taken side by side: one round trip before the POST, not two (the
  // queue consumer reads its batch's endpoints in one request: batch-endpoint-reads.ts).
  const holder = message.manual ? undefined : messageId;
  const [endpoint, claim] = await Promise.all([
    deps.endpoints.getEndpointForDelivery(owner, endpointId, now),
    holder ? deps.deliveries.claimAttempt(endpointId, event.id, { holder, receive: receiveCount, now, holdSeconds: DELIVERY_CLAIM_SECONDS }) : undefined,
  ]);
  if (claim?.kind === 'delivered' || claim?.kind === 'held-elsewhere') {
    logger.info('webhook delivery dropped: another copy of it was delivered or carries it', { ...fields, reason: claim.kind });
    return { done: true, result: 'duplicate' };
  }
  const endingClaim = (outcome: EndedClaim['outcome']): EndedClaim | undefined => (claim?.kind === 'claimed' ? { holder: holder!, outcome } : undefined);

  if (!endpoint || !endpoint.enabled) {
    const error: AttemptErrorKind = endpoint ? 'endpoint-disabled' : 'endpoint-deleted';
    logger.info('webhook delivery dropped: the endpoint is no longer there to receive it', { ...fields, reason: error });
    // The claim taken meanwhile is released with the log entry: the message is done, nothing more holds it.
    const attempt = claim?.kind === 'claimed' ? claim.attempt : await countAttempt();
    await afterTheFact('record the dropped delivery', fields, () => deps.attempts.recordAttempt({ ...base, attempt, error, durationMs: 0 }, { endClaim: endingClaim('released') }));
    return { done: true, result: 'dropped' };
  }

  const payload = webhookPayloadOf(event);
  const headers = deliveryHeaders({
    eventId: event.id,
    attemptedAt: now,
    payload,
    secrets: activeSecrets(endpoint, now),
    sequence: message.sequence,
    previousEventId: message.previousEventId,
  });
  const result = await deps.send(endpoint.url, payload, headers);
  const attempt = claim?.kind === 'claimed' ? claim.attempt : claim ? receiveCount : await countAttempt();
  const outcome = { ...fields, attempt, statusCode: result.statusCode, error: result.error, durationMs: result.durationMs };
  deps.tally.count(isSuccess(result.statusCode, result.error), now);
  /**
   * The attempt's log entry, with the claim's end and a health touch when there are, in one write. Should
   * that write fail, the claim's end is still tried on its own: it keeps a delivered event from going out again.
   */
  const record = async (options: { nextRetryAt?: Date; endClaim?: EndedClaim; touch?: boolean } = {}) => {
    const { nextRetryAt, endClaim, touch } = options;
    try {
      await deps.attempts.recordAttempt(
        {
          ...base,
          attempt,
          statusCode: result.statusCode,
          error: result.error,
          durationMs: result.durationMs,
          responseBody: result.responseBody,
          ...(nextRetryAt ? { nextRetryAt: nextRetryAt.toISOString() } : {}),
        },
        { endClaim, touch: touch ? owner : undefined },
      );
    } catch (error) {
      logger.error('webhook delivery: could not record the attempt', { ...outcome, ...errorFields(error) });
      if (endClaim) await afterTheFact(`end the claim (${endClaim.outcome})`, fields, () => deps.deliveries.endClaim(endpointId, event.id, endClaim.holder, endClaim.outcome, now));
    }
  };
  const moveHealth = (change: HealthChange) =>
    change.kind === 'none'
      ? Promise.resolve()
      : afterTheFact('update the endpoint health', { ...outcome, change: change.kind }, () => deps.health.apply(owner, endpointId, change, now, healthEvents(owner, endpointId, change, now)));

  if (isSuccess(result.statusCode, result.error)) {
    logger.info('webhook delivered', outcome);
    const change = afterSuccess(endpoint.health, now, deps.healthSettings);
    // A touch (lastSuccessAt, at most hourly) has no event and rides along with the log entry.
    await record({ endClaim: endingClaim('delivered'), touch: change.kind === 'touch' });
    if (change.kind !== 'touch') await moveHealth(change);
    return { done: true, result: 'delivered' };
  }

  if (result.statusCode === 410) {
    // The receiver says the endpoint is gone for good: no further attempt, of this or any other delivery.
    logger.warn('webhook endpoint answered 410 Gone: disabled', outcome);
    await record();
    await moveHealth({ kind: 'disable', reason: GONE_REASON });
    return { done: true, result: 'gone' };
  }

  const retryAfterSeconds = parseRetryAfter(result.retryAfter, now);
  const next = message.manual ? undefined : nextAttempt(deps.retrySchedule, receiveCount, { retryAfterSeconds, random: deps.random });
  logger.warn('webhook attempt failed', { ...outcome, retryInSeconds: next?.delaySeconds, retryAfterSeconds });
  // After the last automatic attempt the message goes to the DLQ, and a redrive sends it again as a new
  // message: nothing may hold the delivery then.
  const exhausted = !message.manual && !next;
  await record({ nextRetryAt: next && new Date(now.getTime() + next.delaySeconds * 1000), endClaim: exhausted ? endingClaim('released') : undefined });
  await moveHealth(afterFailure(endpoint.health, now, deps.healthSettings));
  if (message.manual) return { done: true, result: 'failed-manual' };
  if (next) return { done: false, retryInSeconds: next.delaySeconds, exhausted: false };
  logger.error('webhook delivery gave up after its last attempt: the message goes to the DLQ', outcome);
  return { done: false, retryInSeconds: 0, exhausted: true };
};
