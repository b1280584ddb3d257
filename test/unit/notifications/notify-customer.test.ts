import { describe, expect, it } from 'vitest';
import { consumerTimeoutSeconds, queues } from '../../../functions/queues';
import type { StoredUser } from '../../../shared/accounts/user';
import { domainEvent } from '../../../shared/events/domain-event';
import type { DomainEvent } from '../../../shared/events/domain-event';
import type { EmailMessage, EmailSender } from '../../../shared/notifications/email-sender';
import type { StoredNotification } from '../../../shared/notifications/notification';
import type { NotificationStore } from '../../../shared/notifications/notification-store';
import { EMAIL_CLAIM_SECONDS, type NotifierDeps, notifyCustomer } from '../../../shared/notifications/notify-customer';

const USER = '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P';
const user = (status: StoredUser['status'] = 'ACTIVE'): StoredUser => ({
  id: USER,
  email: 'ada@example.com',
  name: 'Ada',
  status,
  emailVerified: true,
  createdAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
  passwordHash: 'never-read',
  version: 1,
});

/** An in-memory store with the adapter's semantics: a conditional create, an email that only leaves PENDING. */
const memoryStore = () => {
  const items = new Map<string, StoredNotification>();
  const claims = new Map<string, string>();
  const published: DomainEvent[] = [];
  const store: NotificationStore = {
    async create(notification, events) {
      const existing = items.get(notification.id);
      if (existing) return { created: false, existing: structuredClone(existing) };
      items.set(notification.id, structuredClone(notification));
      published.push(...events);
      return { created: true };
    },
    list: async () => ({ items: [...items.values()] }),
    markRead: async () => undefined,
    async claimEmail(_userId, id, now, leaseSeconds) {
      const item = items.get(id);
      const lapsed = item?.email === 'SENDING' && Date.parse(claims.get(id)!) < now.getTime() - leaseSeconds * 1000;
      if (item?.email !== 'PENDING' && !lapsed) return false;
      item!.email = 'SENDING';
      claims.set(id, now.toISOString());
      return true;
    },
    async settleEmail(_userId, id, state) {
      const item = items.get(id);
      if (item) item.email = state;
    },
  };
  return { store, items, published };
};

const recordingSender = (failures = 0) => {
  const sent: EmailMessage[] = [];
  let left = failures;
  const sender: EmailSender = {
    async send(message) {
      if (left-- > 0) throw new Error('SES is throttling');
      sent.push(message);
      return { reference: `m-${sent.length}` };
    },
  };
  return { sender, sent };
};

const setup = (options: { failures?: number; email?: boolean; account?: StoredUser | undefined } = {}) => {
  const memory = memoryStore();
  const mail = recordingSender(options.failures);
  const clock = { now: Date.parse('2030-01-02T03:04:05.000Z') };
  const deps: NotifierDeps = {
    notifications: memory.store,
    users: { get: async () => ('account' in options ? options.account : user()) },
    email: options.email === false ? undefined : mail.sender,
    now: () => new Date(clock.now),
  };
  return { deps, ...memory, sent: mail.sent, clock };
};

const ready = domainEvent('instance.running', { userId: USER, instanceId: 'inst-1', subscriptionId: 'sub-1', url: 'https://inst-1.apps.example.com' });

describe('notifying a customer of an event', () => {
  it('writes one notification with notification.created beside it, and mails the important ones', async () => {
    const { deps, items, published, sent } = setup();
    const outcome = await notifyCustomer(deps, ready);
    expect(outcome).toMatchObject({ kind: 'notified', created: true, email: 'SENT' });
    const [stored] = [...items.values()];
    expect(stored).toMatchObject({ eventId: ready.id, eventType: 'instance.running', status: 'UNREAD', userId: USER, email: 'SENT', title: 'Your instance is ready' });
    expect(published).toEqual([expect.objectContaining({ type: 'notification.created', detail: { userId: USER, notificationId: stored!.id, title: 'Your instance is ready' } })]);
    expect(sent).toEqual([expect.objectContaining({ to: 'ada@example.com', subject: 'Your instance is ready', eventId: ready.id, notificationId: stored!.id })]);
    expect(sent[0]!.text).toContain('https://inst-1.apps.example.com');
    expect(sent[0]!.text).not.toContain('never-read');
  });

  it('creates nothing twice and sends nothing twice when the same event comes again', async () => {
    const { deps, items, published, sent } = setup();
    await notifyCustomer(deps, ready);
    const again = await notifyCustomer(deps, structuredClone(ready));
    expect(again).toMatchObject({ created: false, email: 'SENT' });
    expect(items.size).toBe(1);
    expect(published).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it('keeps the notification when the email fails, and on redelivery only retries the email', async () => {
    const { deps, items, published, sent, clock } = setup({ failures: 1 });
    await expect(notifyCustomer(deps, ready)).rejects.toThrow('SES is throttling');
    expect([...items.values()].map((item) => item.email)).toEqual(['SENDING']);
    // The queue hands the event back after its visibility timeout, by when the failed claim has lapsed.
    clock.now += 60_000;
    expect(await notifyCustomer(deps, ready)).toMatchObject({ created: false, email: 'SENT' });
    expect(items.size).toBe(1);
    expect(published).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it('sends one email when two deliveries of the same event run at once', async () => {
    const { deps, items, sent } = setup();
    const outcomes = await Promise.all([notifyCustomer(deps, ready), notifyCustomer(deps, structuredClone(ready))]);
    expect(outcomes.map((outcome) => (outcome as { created: boolean }).created).sort()).toEqual([false, true]);
    expect(items.size).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it("holds an email's claim longer than the notifier may run, and shorter than the queue hides a failed message", () => {
    const row = queues.find((queue) => queue.handler === 'notifications/notify')!;
    expect(EMAIL_CLAIM_SECONDS).toBeGreaterThan(consumerTimeoutSeconds(row));
    expect(EMAIL_CLAIM_SECONDS).toBeLessThan(row.visibilityTimeoutSeconds);
  });

  it('writes the notification without an email when emails are off, or the account is disabled or gone', async () => {
    const off = setup({ email: false });
    expect(await notifyCustomer(off.deps, ready)).toMatchObject({ created: true, email: 'SKIPPED' });
    const disabled = setup({ account: user('DISABLED') });
    expect(await notifyCustomer(disabled.deps, ready)).toMatchObject({ created: true, email: 'SKIPPED' });
    expect(disabled.sent).toEqual([]);
    const gone = setup({ account: undefined });
    expect(await notifyCustomer(gone.deps, ready)).toMatchObject({ created: true, email: 'SKIPPED' });
    expect(gone.items.size).toBe(1);
  });

  it('does not mail the kinds that are notification only', async () => {
    const { deps, items, sent } = setup();
    const degraded = domainEvent('instance.degraded', { userId: USER, instanceId: 'inst-1', subscriptionId: 'sub-1', reason: 'a pod is crash-looping' });
    expect(await notifyCustomer(deps, degraded)).toMatchObject({ created: true, email: 'NONE' });
    expect(items.size).toBe(1);
    expect(sent).toEqual([]);
  });

  it('ignores events outside the table, notification.created above all', async () => {
    const { deps, items, published } = setup();
    const created = domainEvent('notification.created', { userId: USER, notificationId: '01JD7Y9V6M1S8W4K2T3R5Q7P9N', title: 'x' });
    expect(await notifyCustomer(deps, created)).toEqual({ kind: 'ignored' });
    expect(await notifyCustomer(deps, domainEvent('subscription.created', { userId: USER, subscriptionId: 's', serviceSlug: 'n8n', planId: 'starter' }))).toEqual({
      kind: 'ignored',
    });
    expect(items.size).toBe(0);
    expect(published).toEqual([]);
  });
});
