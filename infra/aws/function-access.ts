import type { RouteDefinition } from '../../shared/http/route';

/** What one function may do with the platform's own resources; anything absent is denied. */
export interface FunctionAccess {
  readonly table?: 'read' | 'read-write';
  readonly putEvents?: boolean;
}

/** An HTTP route's method is the default guess: reads for GET, reads and writes for everything else. */
export const routeAccess = (route: Pick<RouteDefinition, 'method'>): FunctionAccess => ({
  table: route.method === 'GET' ? 'read' : 'read-write',
});

/**
 * Handlers that need other rights than their kind implies. Handlers write events to the outbox, never to
 * the bus (DESIGN section 4), so only the forwarder may put events. A name here that no table uses fails
 * the synth, so a rename cannot leave a stale grant behind.
 */
export const accessOverrides: Readonly<Record<string, FunctionAccess>> = {
  'health/get-health': {},
  'openapi/get-openapi': {},
  'events/forward-outbox': { putEvents: true },
};

export const mergeAccess = (a: FunctionAccess, b: FunctionAccess): FunctionAccess => ({
  table: a.table === 'read-write' || b.table === 'read-write' ? 'read-write' : (a.table ?? b.table),
  putEvents: Boolean(a.putEvents || b.putEvents),
});
