import { notFound } from '../errors/app-error';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import { defaultAppImage } from '../provisioning/templates/app-images';
import type { CreateService, Service, UpdateService } from './service';
import type { ServiceVersion } from './service-version';
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

/** A service given no versions runs one: its `version`, supported, the default, on the template's official image. */
const initialVersion = (template: string, version: string, at: string): ServiceVersion => ({
  version,
  ...defaultAppImage(template, version),
  status: 'supported',
  default: true,
  releasedAt: at,
});

export const createService = async ({ services, now }: CatalogDeps, input: CreateService): Promise<Service> => {
  const at = now();
  const versions = input.versions ?? [initialVersion(input.template, input.version, at.toISOString())];
  const service: Service = { ...input, versions, createdAt: at.toISOString(), updatedAt: at.toISOString() };
  await services.create(service, [domainEvent('service.created', { slug: service.slug, name: service.name }, at)]);
  return service;
};

/** `version` in a service's patch makes that version the default: an existing one, or a new one on the template's image. */
const withDefault = (service: Service, version: string, at: string): ServiceVersion[] => {
  const known = service.versions.some((v) => v.version === version);
  const versions = service.versions.map((v) => ({ ...v, default: v.version === version }));
  return known ? versions : [...versions, initialVersion(service.template, version, at)];
};

export const updateService = async ({ services, now }: CatalogDeps, slug: string, patch: UpdateService): Promise<Service> => {
  const at = now();
  const changed = Object.keys(patch);
  const events: DomainEvent[] = [domainEvent('service.updated', { slug, changed }, at)];
  if (patch.active === false) events.push(domainEvent('service.deactivated', { slug }, at));
  const current = patch.version === undefined ? undefined : await services.getConsistent(slug);
  if (patch.version !== undefined && !current) throw notFound(`The service "${slug}"`);
  const versions = current && patch.version !== undefined ? withDefault(current, patch.version, at.toISOString()) : undefined;
  await services.update(slug, { ...patch, ...(versions && { versions }) }, at.toISOString(), events);
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
