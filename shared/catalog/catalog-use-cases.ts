import { notFound } from '../errors/app-error';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import type { CreateService, Service, UpdateService } from './service';
import type { ServiceStore } from './service-store';

export interface CatalogDeps {
  services: ServiceStore;
  now: () => Date;
}

/** Public view: an inactive service is as unknown as one that never existed. */
export const getActiveService = async ({ services }: CatalogDeps, slug: string): Promise<Service> => {
  const service = await services.get(slug);
  if (!service?.active) throw notFound(`The service "${slug}"`);
  return service;
};

export const listActiveServices = ({ services }: CatalogDeps, page: { limit: number; cursor?: string }) => services.listActive(page);

export const createService = async ({ services, now }: CatalogDeps, input: CreateService): Promise<Service> => {
  const at = now();
  const service: Service = { ...input, createdAt: at.toISOString(), updatedAt: at.toISOString() };
  await services.create(service, [domainEvent('service.created', { slug: service.slug, name: service.name }, at)]);
  return service;
};

export const updateService = async ({ services, now }: CatalogDeps, slug: string, patch: UpdateService): Promise<Service> => {
  const at = now();
  const changed = Object.keys(patch);
  const events: DomainEvent[] = [domainEvent('service.updated', { slug, changed }, at)];
  if (patch.active === false) events.push(domainEvent('service.deactivated', { slug }, at));
  await services.update(slug, patch, at.toISOString(), events);
  // A transaction returns no item, so the answer is read back, consistently, after the commit.
  const stored = await services.getConsistent(slug);
  if (!stored) throw notFound(`The service "${slug}"`);
  return stored;
};

/** Deactivation hides the service from the catalog; running subscriptions keep running. */
export const deactivateService = async ({ services, now }: CatalogDeps, slug: string): Promise<void> => {
  const at = now();
  await services.update(slug, { active: false }, at.toISOString(), [domainEvent('service.deactivated', { slug }, at)]);
};
