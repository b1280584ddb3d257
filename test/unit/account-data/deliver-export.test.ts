import { describe, expect, it } from 'vitest';
import { deliverExport, type ExportDeliveryDeps } from '../../../shared/account-data/export-delivery';
import type { ExportStore } from '../../../shared/account-data/export-store';

/**
 * deliverExport with its store port faked in memory (the S3 adapter is exercised over HTTP in
 * test/e2e/auth/export-link.test.ts): what it writes, where, and what it answers.
 */
const now = new Date('2026-12-06T10:00:00.000Z');
const userId = '01JUSER0000000000000000000';
const empty = async () => ({ items: [] });

const fakeStore = () => {
  const objects = new Map<string, string>();
  const links: Array<{ key: string; seconds: number }> = [];
  const store: ExportStore = {
    put: async (key, json) => void objects.set(key, json),
    downloadLink: async (key, seconds) => {
      links.push({ key, seconds });
      return `https://bucket.example/${key}?X-Amz-Signature=fake`;
    },
  };
  return { store, objects, links };
};

const depsWith = (exports: ExportStore, inlineMaxBytes: number) =>
  ({
    users: { get: async () => ({ id: userId, email: 'ada@example.com', name: 'Ada', status: 'ACTIVE', emailVerified: true, createdAt: now.toISOString(), updatedAt: now.toISOString(), passwordHash: 'argon2-hash', version: 1 }) },
    subscriptions: { listForUser: empty, getInstance: async () => undefined },
    backups: { listForSubscription: empty },
    webhooks: { list: empty },
    ledger: { listForUser: empty },
    notifications: { list: empty },
    now: () => now,
    exports,
    inlineMaxBytes,
  }) as unknown as ExportDeliveryDeps;

describe('delivering an export', () => {
  it('under the threshold answers the document itself and writes nothing', async () => {
    const { store, objects } = fakeStore();
    const answer = await deliverExport(depsWith(store, 1024 * 1024), userId);
    expect(answer).toMatchObject({ exportedAt: now.toISOString(), profile: { id: userId, email: 'ada@example.com' }, subscriptions: [] });
    expect(JSON.stringify(answer)).not.toContain('argon2');
    expect(objects.size).toBe(0);
  });

  it("over the threshold writes the document under exports/<userId>/<ulid>.json and answers a 15-minute link to that key", async () => {
    const { store, objects, links } = fakeStore();
    const answer = await deliverExport(depsWith(store, 10), userId);
    expect(objects.size).toBe(1);
    const [key, json] = [...objects][0]!;
    expect(key).toMatch(new RegExp(`^exports/${userId}/[0-9A-HJKMNP-TV-Z]{26}\\.json$`));
    expect(JSON.parse(json!).profile.id).toBe(userId);
    expect(links).toEqual([{ key, seconds: 900 }]);
    expect(answer).toEqual({ url: `https://bucket.example/${key}?X-Amz-Signature=fake`, expiresAt: '2026-12-06T10:15:00.000Z', sizeBytes: Buffer.byteLength(json!) });
  });

  it('asked for a link, writes one however small; asked inline, answers the document over the threshold', async () => {
    const linked = fakeStore();
    expect(await deliverExport(depsWith(linked.store, 1024 * 1024), userId, 'link')).toHaveProperty('url');
    expect(linked.objects.size).toBe(1);
    const inline = fakeStore();
    expect(await deliverExport(depsWith(inline.store, 10), userId, 'inline')).toHaveProperty('profile.id', userId);
    expect(inline.objects.size).toBe(0);
  });
});
