import { GetCommand } from '../../../shared/aws/dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../shared/data/keys';
import { domainEvent } from '../../../shared/events/domain-event';
import { dynamoNotificationStore } from '../../../shared/notifications/dynamo-notification-store';
import type { StoredNotification } from '../../../shared/notifications/notification';
import { notificationIdOf } from '../../../shared/notifications/notification-id';
import { useDynamoDbTable } from '../../support/dynamodb';

const table = useDynamoDbTable('notifications');
const store = () => dynamoNotificationStore(table().doc, table().tableName, { retentionDays: 90 });

let sequence = 0;
const notificationFor = (userId: string, minute: number): StoredNotification => {
  const occurredAt = new Date(Date.UTC(2030, 0, 2, 3, minute)).toISOString();
  return {
    id: notificationIdOf({ id: `event-${userId}-${minute}-${sequence++}`, occurredAt }),
    eventId: `event-${minute}`,
    eventType: 'subscription.activated',
    severity: 'INFO',
    title: 'Your subscription is active',
    text: `minute ${minute}`,
    resource: { kind: 'subscription', id: 'sub-1' },
    status: 'UNREAD',
    occurredAt,
    createdAt: occurredAt,
    userId,
    email: 'PENDING',
  };
};
const announce = (n: StoredNotification) => domainEvent('notification.created', { userId: n.userId, notificationId: n.id, title: n.title });

describe('notification store (DynamoDB Local)', () => {
  it('creates once: the second create writes nothing, not even its outbox event, and returns the stored one', async () => {
    const n = notificationFor('U-CREATE', 1);
    const first = announce(n);
    expect(await store().create(n, [first])).toEqual({ created: true });
    const second = announce(n);
    const again = await store().create({ ...n, text: 'changed' }, [second]);
    expect(again).toEqual({ created: false, existing: expect.objectContaining({ id: n.id, text: 'minute 1', email: 'PENDING', userId: 'U-CREATE' }) });
    const outbox = async (id: string) => (await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.outboxEvent(id) }))).Item;
    expect(await outbox(first.id)).toBeDefined();
    expect(await outbox(second.id)).toBeUndefined();
    const { Item } = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.notification(n.userId, n.id) }));
    expect(Item!.expiresAt).toBe(Math.floor(Date.parse(n.createdAt) / 1000) + 90 * 24 * 3600);
  });

  it('lists unread first, then read, each newest first; filters by state; pages with cursors pinned to the list', async () => {
    const user = 'U-LIST';
    const [oldest, middle, newest, latest] = [1, 2, 3, 4].map((minute) => notificationFor(user, minute));
    for (const n of [oldest!, middle!, newest!, latest!]) await store().create(n, [announce(n)]);
    await store().markRead(user, middle!.id, '2030-01-02T04:00:00.000Z');
    await store().markRead(user, latest!.id, '2030-01-02T04:00:00.000Z');

    const all = await store().list(user, { filter: 'all', limit: 10 });
    expect(all.items.map((n) => [n.text, n.status])).toEqual([
      ['minute 3', 'UNREAD'],
      ['minute 1', 'UNREAD'],
      ['minute 4', 'READ'],
      ['minute 2', 'READ'],
    ]);
    expect(all.items[0]).not.toHaveProperty('userId');
    expect(all.items[0]).not.toHaveProperty('email');
    expect((await store().list(user, { filter: 'unread', limit: 10 })).items.map((n) => n.text)).toEqual(['minute 3', 'minute 1']);
    expect((await store().list(user, { filter: 'read', limit: 10 })).items.map((n) => n.text)).toEqual(['minute 4', 'minute 2']);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store().list(user, { filter: 'all', limit: 3, cursor });
      seen.push(...page.items.map((n) => n.text));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['minute 3', 'minute 1', 'minute 4', 'minute 2']);

    // A cursor is refused by another customer's list, and by a filter whose range it lies outside.
    const intoRead = (await store().list(user, { filter: 'all', limit: 3 })).nextCursor!;
    await expect(store().list('U-OTHER', { filter: 'all', limit: 3, cursor: intoRead })).rejects.toMatchObject({ type: 'validation' });
    await expect(store().list(user, { filter: 'unread', limit: 3, cursor: intoRead })).rejects.toMatchObject({ type: 'validation' });
    expect((await store().list(user, { filter: 'read', limit: 3, cursor: intoRead })).items.map((n) => n.text)).toEqual(['minute 2']);
  });

  it('marks read once: the first read time stays; an id of another customer is not found', async () => {
    const n = notificationFor('U-READ', 5);
    await store().create(n, [announce(n)]);
    await store().markRead(n.userId, n.id, '2030-01-02T05:00:00.000Z');
    await store().markRead(n.userId, n.id, '2030-01-02T06:00:00.000Z');
    const [read] = (await store().list(n.userId, { filter: 'read', limit: 5 })).items;
    expect(read).toMatchObject({ id: n.id, status: 'READ', readAt: '2030-01-02T05:00:00.000Z' });
    await expect(store().markRead('U-STRANGER', n.id, '2030-01-02T05:00:00.000Z')).rejects.toMatchObject({ type: 'not-found' });
    expect((await store().list('U-STRANGER', { filter: 'all', limit: 5 })).items).toEqual([]);
  });

  it('lets one consumer claim an email, another take over a lapsed claim, and none a settled one', async () => {
    const n = notificationFor('U-MAIL', 6);
    await store().create(n, [announce(n)]);
    const at = (seconds: number) => new Date(Date.UTC(2030, 0, 2, 6, 0, seconds));
    expect(await Promise.all([store().claimEmail(n.userId, n.id, at(0), 30), store().claimEmail(n.userId, n.id, at(0), 30)])).toEqual(expect.arrayContaining([true, false]));
    expect(await store().claimEmail(n.userId, n.id, at(20), 30)).toBe(false);
    expect(await store().claimEmail(n.userId, n.id, at(45), 30)).toBe(true);
    await store().settleEmail(n.userId, n.id, 'SENT', at(46).toISOString());
    expect(await store().claimEmail(n.userId, n.id, at(59), 0)).toBe(false);
    expect(await store().create(n, [announce(n)])).toMatchObject({ created: false, existing: { email: 'SENT' } });
  });
});
