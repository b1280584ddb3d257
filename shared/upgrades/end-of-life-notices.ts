import type { ServiceStore } from '../catalog/service-store';
import { availableUpgrades, type ServiceVersion } from '../catalog/service-version';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import type { Instance } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';

/** Customers are told 30 days before a version's end of life, and again 7 days before. */
export const endOfLifeThresholdsDays = [30, 7] as const;

/** Records that a notice was given, with its event, once: false when it had been given already. */
export interface EndOfLifeNoticeStore {
  claim(instanceId: string, version: string, thresholdDays: number, event: DomainEvent): Promise<boolean>;
}

export interface EndOfLifeNoticeDeps {
  services: Pick<ServiceStore, 'listActive'>;
  subscriptions: Pick<SubscriptionStore, 'listOnVersion'>;
  notices: EndOfLifeNoticeStore;
  now: () => Date;
}

const DAY_MS = 24 * 3600 * 1000;

/** The nearest threshold a version due in `daysLeft` has crossed (7 once within a week, else 30), or none. */
export const thresholdFor = (daysLeft: number): number | undefined =>
  daysLeft < 0 ? undefined : [...endOfLifeThresholdsDays].sort((a, b) => a - b).find((threshold) => daysLeft <= threshold);

const allPages = async <T>(read: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>) => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
};

/**
 * The daily end-of-life run: for each version whose end of life is at most 30 days away, each live instance
 * on it (the per-version index) gets `version.end-of-life-notice` once per threshold, keyed by instance,
 * version and threshold, so a second run of the day, or a retried one, tells nobody twice. Services no
 * longer offered are skipped: their instances keep running, but the catalog no longer lists their versions.
 */
export const sendEndOfLifeNotices = async (deps: EndOfLifeNoticeDeps) => {
  const now = deps.now();
  const services = await allPages((cursor) => deps.services.listActive({ limit: 100, cursor }));
  let sent = 0;
  let already = 0;
  for (const service of services) {
    for (const version of service.versions) {
      if (!version.endOfLifeAt) continue;
      const daysLeft = Math.ceil((Date.parse(version.endOfLifeAt) - now.getTime()) / DAY_MS);
      const threshold = thresholdFor(daysLeft);
      if (threshold === undefined) continue;
      const upgradeTo = availableUpgrades(service.versions, version.version).at(-1)?.version;
      const instances = await allPages((cursor) => deps.subscriptions.listOnVersion(service.slug, version.version, { limit: 100, cursor }));
      for (const instance of instances) {
        const told = await deps.notices.claim(instance.id, version.version, threshold, noticeEvent(instance, version, daysLeft, upgradeTo, now));
        if (told) sent += 1;
        else already += 1;
      }
    }
  }
  return { sent, already };
};

const noticeEvent = (instance: Instance, version: ServiceVersion, daysLeft: number, upgradeTo: string | undefined, now: Date) =>
  domainEvent(
    'version.end-of-life-notice',
    {
      userId: instance.userId,
      instanceId: instance.id,
      subscriptionId: instance.subscriptionId,
      serviceSlug: instance.serviceSlug,
      version: version.version,
      endOfLifeAt: version.endOfLifeAt!,
      daysLeft,
      ...(upgradeTo && { upgradeTo }),
    },
    now,
  );
