import type { DomainEvent } from '../events/domain-event';
import { type EventDetail, type EventType, eventCatalogue } from '../events/event-catalogue';
import type { NotificationResource, NotificationSeverity } from './notification';
import { dunningSentence } from '../billing/dunning';
import { formatMoney, formatTime } from './render-values';

type CustomerEventType = { [T in EventType]: (typeof eventCatalogue)[T]['audience'] extends 'customer' ? T : never }[EventType];

/**
 * The events that may make a notification: the customer's own, except `notification.created`, which the
 * notifier itself publishes. Leaving it out here (a type error otherwise) is what keeps a notification from
 * ever causing another.
 */
export type NotifiableCandidate = Exclude<CustomerEventType, 'notification.created'>;

export interface NotificationTemplate<T extends EventType> {
  /** Fixed per event type, or read from the detail where one type covers both a problem and its end. */
  severity: NotificationSeverity | ((detail: EventDetail<T>) => NotificationSeverity);
  /** Also sent by email (the important ones: the customer may not be looking at the API when they happen). */
  email: boolean;
  /** Also the email's subject, so it stays short and never carries event data. */
  title: string;
  /** Rendered from the event's detail only: ids, URLs, reasons, dates. Events carry no secrets. */
  text: (detail: EventDetail<T>) => string;
  resource: (detail: EventDetail<T>) => NotificationResource;
}

const instance = (detail: { instanceId: string }): NotificationResource => ({ kind: 'instance', id: detail.instanceId });
const subscription = (detail: { subscriptionId: string }): NotificationResource => ({ kind: 'subscription', id: detail.subscriptionId });
const webhook = (detail: { webhookId: string }): NotificationResource => ({ kind: 'webhook', id: detail.webhookId });

/**
 * The notification table: which customer events make a notification, what it says, how severe it is and
 * whether it is also emailed. The event rule to the notifications queue is made from its keys
 * (functions/event-rules.ts), so an event not listed here never reaches the notifier.
 *
 * Email beyond the four the issue names (instance ready, failed, expiring, payment failed): a suspension and
 * a disabled webhook endpoint, because each stops something the customer relies on without them doing
 * anything, and they may not look at the API until it hurts.
 */
export const notificationTable = {
  // Account security: emailed, so that the owner learns of a change they did not make while it can be undone.
  'api-key.created': {
    severity: 'INFO',
    email: true,
    title: 'A new API key was created',
    text: (d) =>
      `API key "${d.name}" (${d.apiKeyId}) was created for your account with the scopes ${d.scopes.join(', ')}${d.expiresAt ? `; it expires ${formatTime(d.expiresAt)}` : ''}. If this was not you, revoke it and change your password.`,
    resource: (d) => ({ kind: 'api-key', id: d.apiKeyId }),
  },
  'mfa.enabled': {
    severity: 'INFO',
    email: true,
    title: 'Two-factor sign-in turned on',
    text: () => 'Signing in to your account now asks for a code from your authenticator app. Keep your recovery codes somewhere safe.',
    resource: (d) => ({ kind: 'account', id: d.userId }),
  },
  'mfa.disabled': {
    severity: 'WARNING',
    email: true,
    title: 'Two-factor sign-in turned off',
    text: (d) =>
      `Two-factor sign-in was turned off for your account (confirmed with ${d.confirmedWith === 'recovery-code' ? 'a recovery code' : 'a code from the authenticator app'}). If this was not you, change your password and turn it on again.`,
    resource: (d) => ({ kind: 'account', id: d.userId }),
  },
  'instance.running': {
    severity: 'INFO',
    email: true,
    title: 'Your instance is ready',
    text: (d) => `Instance ${d.instanceId} of subscription ${d.subscriptionId} is running at ${d.url}.`,
    resource: instance,
  },
  'instance.failed': {
    severity: 'CRITICAL',
    email: true,
    title: 'Your instance could not be started',
    text: (d) => `Instance ${d.instanceId} of subscription ${d.subscriptionId} failed: ${d.reason}. What it had started was removed again.`,
    resource: instance,
  },
  'instance.degraded': {
    severity: 'WARNING',
    email: false,
    title: 'Your instance is degraded',
    text: (d) => `Instance ${d.instanceId} of subscription ${d.subscriptionId} is not fully available: ${d.reason}.`,
    resource: instance,
  },
  'instance.recovered': {
    severity: 'INFO',
    email: false,
    title: 'Your instance has recovered',
    text: (d) => `Instance ${d.instanceId} of subscription ${d.subscriptionId} is fully available again.`,
    resource: instance,
  },
  // A restart the customer asked for ends quietly when it works; one that did not is worth a look.
  'instance.restart-failed': {
    severity: 'WARNING',
    email: true,
    title: 'A restart of your instance did not complete',
    text: (d) => `Restart ${d.restartId} of instance ${d.instanceId} (subscription ${d.subscriptionId}) did not complete: ${d.reason}. Its pods may not be ready; see its events and logs.`,
    resource: instance,
  },
  // A completed backup makes no notification (one a day per instance would bury the rest); a failed one does.
  'backup.failed': {
    severity: 'WARNING',
    email: true,
    title: 'A backup of your instance failed',
    text: (d) => `The ${d.kind} backup ${d.backupId} of instance ${d.instanceId} (subscription ${d.subscriptionId}) failed: ${d.reason}. The instance runs as before; earlier backups are kept.`,
    resource: instance,
  },
  'restore.completed': {
    severity: 'INFO',
    email: true,
    title: 'Your instance was restored',
    text: (d) => `Instance ${d.instanceId} of subscription ${d.subscriptionId} was restored from backup ${d.backupId} and is running again.`,
    resource: instance,
  },
  'restore.failed': {
    severity: 'CRITICAL',
    email: true,
    title: 'A restore of your instance failed',
    text: (d) =>
      `Restoring instance ${d.instanceId} of subscription ${d.subscriptionId} from backup ${d.backupId} failed: ${d.reason}. ` +
      (d.safetyRestored ? 'Its data was put back as it was before the restore, and it runs again.' : 'It runs again on the data it had.'),
    resource: instance,
  },
  'instance.upgraded': {
    severity: 'INFO',
    email: false,
    title: 'Your instance was upgraded',
    text: (d) => `Instance ${d.instanceId} of subscription ${d.subscriptionId} runs version ${d.toVersion} (was ${d.fromVersion}; upgrade ${d.upgradeId}).`,
    resource: instance,
  },
  'instance.upgrade-failed': {
    severity: 'WARNING',
    email: true,
    title: 'An upgrade of your instance was rolled back',
    text: (d) =>
      `Upgrading instance ${d.instanceId} of subscription ${d.subscriptionId} from ${d.fromVersion} to ${d.toVersion} (upgrade ${d.upgradeId}) failed: ${d.reason}. ` +
      (d.dataRestored ? 'Its data was put back from the backup taken before the upgrade, and it runs again on ' : 'It runs again on ') +
      `version ${d.fromVersion}.`,
    resource: instance,
  },
  'version.end-of-life-notice': {
    severity: 'WARNING',
    email: true,
    title: 'Your app version reaches its end of life soon',
    text: (d) =>
      `Instance ${d.instanceId} of subscription ${d.subscriptionId} runs ${d.serviceSlug} ${d.version}, which reaches its end of life on ${formatTime(d.endOfLifeAt)} (in ${d.daysLeft} days). ` +
      (d.upgradeTo ? `Upgrade it to ${d.upgradeTo} before then.` : 'Upgrade it to a supported version before then.'),
    resource: instance,
  },
  // Custom domains: what changes without the customer doing anything (verification, issuance, lapse, giving up).
  'domain.verified': {
    severity: 'INFO',
    email: false,
    title: 'Your domain is verified',
    text: (d) => `${d.hostname} points at instance ${d.instanceId} of subscription ${d.subscriptionId}; its certificate is being issued.`,
    resource: instance,
  },
  'domain.active': {
    severity: 'INFO',
    email: true,
    title: 'Your domain is live',
    text: (d) => `https://${d.hostname} serves instance ${d.instanceId} of subscription ${d.subscriptionId} with its own certificate.`,
    resource: instance,
  },
  'domain.certificate-failed': {
    severity: 'WARNING',
    email: true,
    title: 'A certificate for your domain could not be issued',
    text: (d) => `The certificate for ${d.hostname} (instance ${d.instanceId}, subscription ${d.subscriptionId}) could not be issued: ${d.reason}. It is tried again.`,
    resource: instance,
  },
  'domain.lapsed': {
    severity: 'WARNING',
    email: true,
    title: 'Your domain no longer points at your instance',
    text: (d) => `The DNS records of ${d.hostname} stopped pointing at instance ${d.instanceId} of subscription ${d.subscriptionId}: ${d.reason}. Put them back within a day, or the domain is given up.`,
    resource: instance,
  },
  'domain.failed': {
    severity: 'WARNING',
    email: true,
    title: 'Your domain could not be verified',
    text: (d) => `${d.hostname} could not be verified for instance ${d.instanceId} of subscription ${d.subscriptionId}: ${d.reason}. Fix the records and verify it again.`,
    resource: instance,
  },
  'subscription.plan-changed': {
    severity: 'INFO',
    email: true,
    title: 'Your plan was changed',
    text: (d) =>
      `Subscription ${d.subscriptionId} moved from the plan ${d.fromPlanId} to ${d.toPlanId} (plan change ${d.planChangeId}), and its instance ${d.instanceId} runs on it. ` +
      (d.prorationKind === 'none'
        ? 'Nothing was charged for the rest of this period.'
        : `${formatMoney(d.amount, d.currency)} was ${d.prorationKind === 'charge' ? 'charged' : 'credited'} for the rest of this period.`),
    resource: subscription,
  },
  'subscription.plan-change-failed': {
    severity: 'WARNING',
    email: true,
    title: 'Your plan change did not go through',
    text: (d) =>
      `Moving subscription ${d.subscriptionId} from the plan ${d.fromPlanId} to ${d.toPlanId} (plan change ${d.planChangeId}) failed: ${d.reason}. Its instance ${d.instanceId} runs on the plan ${d.fromPlanId} as before, and nothing was charged.`,
    resource: subscription,
  },
  'subscription.activated': {
    severity: 'INFO',
    email: false,
    title: 'Your subscription is active',
    text: (d) => `Subscription ${d.subscriptionId} is active.`,
    resource: subscription,
  },
  'subscription.expiring': {
    severity: 'WARNING',
    email: true,
    title: 'Your subscription expires soon',
    text: (d) => `Subscription ${d.subscriptionId} expires on ${formatTime(d.currentPeriodEnd)}. Renew it to keep its instance running.`,
    resource: subscription,
  },
  'subscription.suspended': {
    severity: 'WARNING',
    email: true,
    title: 'Your subscription is suspended',
    text: (d) => `Subscription ${d.subscriptionId} is suspended (${d.reason}): its instance is stopped until the subscription is resumed.`,
    resource: subscription,
  },
  'subscription.resumed': {
    severity: 'INFO',
    email: false,
    title: 'Your subscription is resumed',
    text: (d) => `Subscription ${d.subscriptionId} is resumed: its instance is starting again.`,
    resource: subscription,
  },
  'subscription.cancelled': {
    severity: 'INFO',
    email: false,
    title: 'Your subscription is cancelled',
    text: (d) => `Subscription ${d.subscriptionId} is cancelled: its instance is being removed.`,
    resource: subscription,
  },
  'subscription.expired': {
    severity: 'WARNING',
    email: false,
    title: 'Your subscription has expired',
    text: (d) => `Subscription ${d.subscriptionId} has expired.`,
    resource: subscription,
  },
  'payment.succeeded': {
    severity: 'INFO',
    email: false,
    title: 'Payment received',
    text: (d) => `A payment of ${formatMoney(d.amount, d.currency)} for subscription ${d.subscriptionId} succeeded.`,
    resource: subscription,
  },
  'payment.refunded': {
    severity: 'INFO',
    email: false,
    title: 'Payment refunded',
    text: (d) => `${formatMoney(d.amount, d.currency)} for subscription ${d.subscriptionId} was refunded (transaction ${d.transactionId}).`,
    resource: subscription,
  },
  'payment.failed': {
    severity: 'CRITICAL',
    email: true,
    title: 'A payment failed',
    // With a failed invoice, where it stands in Stripe's retry schedule (shared/billing/dunning.ts).
    text: (d) => `A payment for subscription ${d.subscriptionId} failed: ${d.reason.replace(/\.$/, '')}.${dunningSentence(d, formatTime)} Update your payment details (POST /v1/billing/portal) to keep the subscription active.`,
    resource: subscription,
  },
  'instance.alert': {
    severity: (d) => (d.status === 'firing' ? 'WARNING' : 'INFO'),
    email: false,
    title: 'An alert about your instance',
    text: (d) =>
      `Alert ${d.alertName} ${d.status === 'firing' ? 'is firing' : 'is resolved'} for instance ${d.instanceId} of subscription ${d.subscriptionId}${d.summary ? `: ${d.summary}` : ''}.`,
    resource: instance,
  },
  'webhook.failing': {
    severity: 'WARNING',
    email: false,
    title: 'A webhook endpoint is failing',
    text: (d) => `Deliveries to webhook endpoint ${d.webhookId} are failing. They are retried; if they keep failing, the endpoint is disabled.`,
    resource: webhook,
  },
  'webhook.disabled': {
    severity: 'CRITICAL',
    email: true,
    title: 'A webhook endpoint was disabled',
    text: (d) => `Webhook endpoint ${d.webhookId} was disabled: nothing more is delivered to it until you enable it again.`,
    resource: webhook,
  },
  'webhook.recovered': {
    severity: 'INFO',
    email: false,
    title: 'A webhook endpoint has recovered',
    text: (d) => `Deliveries to webhook endpoint ${d.webhookId} succeed again.`,
    resource: webhook,
  },
} as const satisfies { [T in NotifiableCandidate]?: NotificationTemplate<T> };

/**
 * The customer events that deliberately make no notification, each with why. Every customer event is in the
 * table or here (a unit test checks), so a new event type gets a decision rather than silence.
 */
export const notNotified: Readonly<Partial<Record<CustomerEventType, string>>> = {
  'subscription.created': 'the customer has just asked for it; instance.running or instance.failed follows',
  'subscription.renewed': 'the customer renewed it themselves, or payment.succeeded says so',
  'instance.deleted': 'follows the cancellation or expiry the customer was already told of',
  'webhook.test': 'the customer asked for it and sees it arrive at the endpoint',
  'instance.upgrade-started': 'the customer (or an administrator’s batch, which says so) has just asked for it; instance.upgraded or instance.upgrade-failed follows',
  'backup.completed': 'one a day per instance would bury the rest; the backup list shows it, and a failure is notified',
  'domain.added': 'the customer has just added it and was answered the records to publish',
  'domain.removed': 'the customer removed it, or its instance was deleted, which they were told of',
  'instance.restarting': 'the customer has just asked for it; instance.restarted follows, or instance.restart-failed, which is notified',
  'instance.restarted': 'the customer asked for it and sees the instance RUNNING again; a failed restart is notified',
  'subscription.plan-change-started': 'the customer has just asked for it; subscription.plan-changed or subscription.plan-change-failed follows',
  'user.email-verified': 'the customer has just followed the link themselves',
  'user.email-changed': 'the customer has just followed the link themselves, and the old address is emailed that it was done (shared/accounts/account-mail.ts)',
  'user.password-reset': 'the customer has just reset it, and the address is emailed that it was done (shared/accounts/account-mail.ts)',
  'api-key.revoked': 'the owner has just revoked it themselves, signed in (a key cannot revoke keys)',
  'notification.created': 'published by the notifier itself: a notification must never make another',
};

export type NotifiableEventType = keyof typeof notificationTable;
export const notifiableEventTypes = Object.keys(notificationTable) as NotifiableEventType[];

export const isNotifiable = (type: string): type is NotifiableEventType => Object.hasOwn(notificationTable, type);

export interface RenderedNotification {
  severity: NotificationSeverity;
  email: boolean;
  title: string;
  text: string;
  resource: NotificationResource;
}

/** The notification an event makes, or undefined for an event the table does not list. */
export const renderNotification = (event: DomainEvent): RenderedNotification | undefined => {
  if (!isNotifiable(event.type)) return undefined;
  const template = notificationTable[event.type] as NotificationTemplate<EventType>;
  return {
    severity: typeof template.severity === 'function' ? template.severity(event.detail) : template.severity,
    email: template.email,
    title: template.title,
    text: template.text(event.detail),
    resource: template.resource(event.detail),
  };
};
