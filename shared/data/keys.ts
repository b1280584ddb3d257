/**
 * Every key of the single table is built here and nowhere else (DESIGN section 4). The access patterns they
 * serve are listed in docs/access-patterns.md.
 */
export const keys = {
  service: (slug: string) => ({ PK: `SERVICE#${slug}`, SK: 'SERVICE' }),
  /** GSI1: services by activity, sorted by slug; a deactivated service moves to the INACTIVE partition. */
  serviceListing: (active: boolean, slug: string) => ({
    GSI1PK: active ? 'SERVICES#ACTIVE' : 'SERVICES#INACTIVE',
    GSI1SK: `SERVICE#${slug}`,
  }),
  outboxEvent: (eventId: string) => ({ PK: `OUTBOX#${eventId}`, SK: 'EVENT' }),
} as const;

/** Entity types stored in the `type` attribute of every item. */
export const entityTypes = {
  service: 'Service',
  outboxEvent: 'OutboxEvent',
} as const;
