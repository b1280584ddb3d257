import type { PageKey } from '../data/cursor';
import type { DomainEvent } from '../events/domain-event';
import type { Service, UpdateService } from './service';
import type { ServiceVersion } from './service-version';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** The catalog's storage port; the DynamoDB adapter is dynamo-service-store.ts. */
export interface ServiceStore {
  get(slug: string): Promise<Service | undefined>;
  listActive(page: { limit: number; cursor?: string }): Promise<Page<Service>>;
  countActive(): Promise<number>;
  /** Fails with `conflict` when the slug exists. The events are committed with the item. */
  create(service: Service, events: DomainEvent[]): Promise<void>;
  /** Fails with `not-found` when the slug does not exist. */
  update(slug: string, patch: UpdateService & { versions?: ServiceVersion[] }, now: string, events: DomainEvent[]): Promise<void>;
  /** A strongly consistent read with the item's revision (its optimistic lock), for a read-modify-write of the versions. */
  getWithRevision(slug: string): Promise<{ service: Service; revision: number } | undefined>;
  /** Replaces the versions (and `version`, the default's) only at `revision`: `conflict` when it changed meanwhile. */
  saveVersions(slug: string, revision: number, versions: ServiceVersion[], now: string, events: DomainEvent[]): Promise<void>;
  /** A strongly consistent read, for answering with what a write just stored. */
  getConsistent(slug: string): Promise<Service | undefined>;
}

export type { PageKey };
