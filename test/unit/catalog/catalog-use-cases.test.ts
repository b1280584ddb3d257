import { describe, expect, it } from 'vitest';
import { createService, deactivateService, getActiveService, updateService } from '../../../shared/catalog/catalog-use-cases';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import { createServiceSchema, updateServiceSchema, type Service } from '../../../shared/catalog/service';
import type { ServiceStore } from '../../../shared/catalog/service-store';
import type { DomainEvent } from '../../../shared/events/domain-event';
import { AppError } from '../../../shared/errors/app-error';

/** An in-memory store for the domain rules only; the DynamoDB store has its own integration tests. */
const fakeStore = () => {
  const services = new Map<string, Service>();
  const events: DomainEvent[] = [];
  const store: ServiceStore = {
    get: async (slug) => services.get(slug),
    getConsistent: async (slug) => services.get(slug),
    getWithRevision: async (slug) => (services.has(slug) ? { service: services.get(slug)!, revision: 1 } : undefined),
    saveVersions: async (slug, _revision, versions, now, evts) => {
      services.set(slug, { ...services.get(slug)!, versions, version: versions.find((v) => v.default)!.version, updatedAt: now });
      events.push(...evts);
    },
    listActive: async () => ({ items: [...services.values()].filter((s) => s.active) }),
    countActive: async () => [...services.values()].filter((s) => s.active).length,
    create: async (service, evts) => {
      if (services.has(service.slug)) throw new AppError('conflict', 'exists');
      services.set(service.slug, service);
      events.push(...evts);
    },
    update: async (slug, patch, now, evts) => {
      const current = services.get(slug);
      if (!current) throw new AppError('not-found', 'missing');
      const next = { ...current, ...patch, updatedAt: now };
      services.set(slug, next);
      events.push(...evts);
    },
  };
  return { store, events };
};

const at = new Date('2026-11-25T10:00:00.000Z');
const deps = (store: ServiceStore) => ({ services: store, now: () => at });

describe('catalog use cases', () => {
  it('creates a service with timestamps and a service.created event', async () => {
    const { store, events } = fakeStore();
    const service = await createService(deps(store), catalogSeed[0]!);
    expect(service.createdAt).toBe(at.toISOString());
    expect(events.map((e) => e.type)).toEqual(['service.created']);
  });

  it('hides inactive services from the public view', async () => {
    const { store } = fakeStore();
    await createService(deps(store), catalogSeed[1]!);
    await deactivateService(deps(store), catalogSeed[1]!.slug);
    await expect(getActiveService(deps(store), catalogSeed[1]!.slug)).rejects.toMatchObject({ type: 'not-found' });
  });

  it('records what changed, and a deactivation event when active turns false', async () => {
    const { store, events } = fakeStore();
    await createService(deps(store), catalogSeed[2]!);
    await updateService(deps(store), 'wordpress', { active: false, name: 'WP' });
    expect(events.slice(1).map((e) => [e.type, e.detail])).toEqual([
      ['service.updated', { slug: 'wordpress', changed: ['active', 'name'] }],
      ['service.deactivated', { slug: 'wordpress' }],
    ]);
  });
});

describe('catalog schemas', () => {
  it('accepts the seed catalog', () => {
    for (const service of catalogSeed) expect(createServiceSchema.safeParse(service).success).toBe(true);
  });

  it.each([
    ['a fractional price', { amount: 9.99, currency: 'EUR' }],
    ['a negative price', { amount: -1, currency: 'EUR' }],
    ['a lowercase currency', { amount: 100, currency: 'eur' }],
  ])('refuses %s', (_name, price) => {
    const service = { ...catalogSeed[0]!, plans: [{ ...catalogSeed[0]!.plans[0]!, price }] };
    expect(createServiceSchema.safeParse(service).success).toBe(false);
  });

  it('refuses duplicate plan ids and an empty patch', () => {
    const plan = catalogSeed[0]!.plans[0]!;
    expect(createServiceSchema.safeParse({ ...catalogSeed[0]!, plans: [plan, plan] }).success).toBe(false);
    expect(updateServiceSchema.safeParse({}).success).toBe(false);
    expect(updateServiceSchema.safeParse({ slug: 'renamed' }).success).toBe(false);
  });
});
