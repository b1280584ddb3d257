import { conflict, notFound } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import type { Service } from './service';
import {
  compareVersions,
  maxServiceVersions,
  type CreateServiceVersion,
  type ServiceVersion,
  type UpdateServiceVersion,
} from './service-version';
import type { ServiceStore } from './service-store';

/** How many live instances run a version: an index query (docs/access-patterns.md, instances by version). */
export interface InstanceVersionCounts {
  countOnVersion(serviceSlug: string, version: string): Promise<number>;
}

export interface ServiceVersionDeps {
  services: ServiceStore;
  instances: InstanceVersionCounts;
  now: () => Date;
}

const serviceOf = async (deps: Pick<ServiceVersionDeps, 'services'>, slug: string) => {
  const found = await deps.services.getWithRevision(slug);
  if (!found) throw notFound(`The service "${slug}"`);
  return found;
};

export const versionOf = (service: Service, version: string): ServiceVersion => {
  const found = service.versions.find((v) => v.version === version);
  if (!found) throw notFound(`The version "${version}" of ${service.slug}`);
  return found;
};

/** The default can only move onto a version new instances may get. */
const assertDefaultable = (version: ServiceVersion) => {
  if (version.default && version.status === 'end-of-life') throw conflict(`The version "${version.version}" is end-of-life and cannot be the default.`);
};

/** Adds a version (201); a version the service already lists is a 409. A new default takes over from the old one. */
export const addServiceVersion = async (deps: ServiceVersionDeps, slug: string, input: CreateServiceVersion): Promise<ServiceVersion> => {
  const { service, revision } = await serviceOf(deps, slug);
  if (service.versions.some((v) => v.version === input.version)) throw conflict(`The service "${slug}" already lists the version "${input.version}".`);
  if (service.versions.length >= maxServiceVersions) throw conflict(`A service lists at most ${maxServiceVersions} versions.`);
  const at = deps.now();
  const version: ServiceVersion = { ...input, releasedAt: input.releasedAt ?? at.toISOString() };
  assertDefaultable(version);
  const versions = [...service.versions.map((v) => (version.default ? { ...v, default: false } : v)), version];
  await deps.services.saveVersions(slug, revision, versions, at.toISOString(), [domainEvent('service.version-added', { slug, version: version.version }, at)]);
  return version;
};

/** Deprecates, ends, dates the end of, or makes default a version. The default cannot be made end-of-life. */
export const updateServiceVersion = async (deps: ServiceVersionDeps, slug: string, name: string, patch: UpdateServiceVersion): Promise<ServiceVersion> => {
  const { service, revision } = await serviceOf(deps, slug);
  const current = versionOf(service, name);
  const { endOfLifeAt, ...rest } = patch;
  const updated: ServiceVersion = { ...current, ...rest };
  if (endOfLifeAt === null) delete updated.endOfLifeAt;
  else if (endOfLifeAt !== undefined) updated.endOfLifeAt = endOfLifeAt;
  assertDefaultable(updated);
  const versions = service.versions.map((v) => (v.version === name ? updated : patch.default ? { ...v, default: false } : v));
  const at = deps.now();
  await deps.services.saveVersions(slug, revision, versions, at.toISOString(), [
    domainEvent('service.version-updated', { slug, version: name, changed: Object.keys(patch) }, at),
  ]);
  return updated;
};

/** Every version of a service with how many live instances run it, newest first. */
export const listServiceVersions = async (deps: ServiceVersionDeps, slug: string) => {
  const { service } = await serviceOf(deps, slug);
  const counts = await Promise.all(service.versions.map((v) => deps.instances.countOnVersion(slug, v.version)));
  return service.versions.map((v, i) => ({ ...v, instances: counts[i]! })).sort((a, b) => compareVersions(b.version, a.version));
};
