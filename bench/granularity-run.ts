import { routes } from '../functions/routes';
import { rightsOfRoute } from '../infra/aws/http-function-groups';
import type { RouteDefinition } from '../shared/http/route';
import type { ColdStartResult } from './cold-start';
import { platformDay, replay } from './function-granularity';
import { round } from './stats';

/** The cuts compared: how a route's handler module maps to a Lambda function. */
export const granularities: Record<string, (route: RouteDefinition) => string> = {
  'one per route (before)': (route) => route.handler,
  'one per feature folder': (route) => route.handler.split('/')[0]!,
  // Routes merged only with routes of the same caller kind holding exactly the same rights: no role grows.
  // The stack's own cut (infra/aws/http-function-groups.ts).
  'one per caller kind and rights (today)': (route) => `${route.auth}|${rightsOfRoute(route).join(',')}`,
  'one per caller kind': (route) => route.auth,
  'one for the whole API': () => 'api',
};

const CUSTOMERS = [10, 100, 1000] as const;
const IDLE_TIMEOUTS_MIN = [5, 10, 15] as const;
/** A warm call's time in the function: the latency section's typical DynamoDB-backed route. */
const WARM_CALL_MS = 30;

/**
 * The replay for every cut, customer count and idle timeout, with each function's cold start taken from
 * this run's cold-start section: a function that serves several routes starts at least as slowly as the
 * slowest of them (its bundle holds all of theirs), so the figures for the coarser cuts are lower bounds.
 * Also, per cut: how many functions the stack gets, and the share of calls served by a function holding a
 * right its route does not need (least privilege lost by merging).
 */
export const measureGranularity = (cold: readonly ColdStartResult[]) => {
  const coldMsOfHandler = new Map(cold.map((r) => [r.handler, r.medianMs.total]));
  const byOperation = new Map(routes.map((r) => [r.operationId, r]));
  return Object.entries(granularities).map(([name, functionOf]) => {
    const members = new Map<string, RouteDefinition[]>();
    // Each route's function once per cut: the replay asks for it at every call.
    const functionByOperation = new Map(routes.map((route) => [route.operationId, functionOf(route)]));
    for (const route of routes) members.set(functionByOperation.get(route.operationId)!, [...(members.get(functionByOperation.get(route.operationId)!) ?? []), route]);
    const coldMs = new Map([...members].map(([fn, list]) => [fn, Math.max(...list.map((r) => coldMsOfHandler.get(r.handler) ?? 0))]));
    const groupRights = new Map([...members].map(([fn, list]) => [fn, new Set(list.flatMap((r) => rightsOfRoute(r)))]));

    const replays = CUSTOMERS.flatMap((customers) => {
      const calls = platformDay(customers);
      return IDLE_TIMEOUTS_MIN.map((idleMinutes) => {
        const result = replay(calls, (operationId) => functionByOperation.get(operationId)!, { idleTimeoutMs: idleMinutes * 60_000, warmCallMs: WARM_CALL_MS, coldStartMs: (fn) => coldMs.get(fn) ?? 0 });
        return {
          customers,
          idleMinutes,
          calls: result.calls,
          coldShare: round(result.cold / result.calls, 3),
          /** What a call waits for cold starts, on average over all calls (ms). */
          meanColdWaitMs: round(result.coldWaitMs / result.calls, 1),
          containers: result.containers,
        };
      });
    });
    const day = platformDay(100);
    const overPrivileged = day.filter((call) => {
      const route = byOperation.get(call.operationId)!;
      const own = new Set(rightsOfRoute(route));
      return [...groupRights.get(functionByOperation.get(route.operationId)!)!].some((right) => !own.has(right));
    }).length;
    return {
      granularity: name,
      functions: members.size,
      slowestColdStartMs: round(Math.max(...coldMs.values()), 1),
      replays,
      /** Of a typical day's calls (100 customers): served by a function holding a right the route does not need. */
      overPrivilegedShare: round(overPrivileged / day.length, 3),
    };
  });
};

export type GranularityResult = ReturnType<typeof measureGranularity>;

/** The table the bench prints: cold share at 10/100/1000 customers with a 10-minute idle timeout, and the 5-15 minute range at 100. */
export const granularityLines = (results: GranularityResult): string => {
  const at = (r: GranularityResult[number], customers: number, idleMinutes: number) => r.replays.find((x) => x.customers === customers && x.idleMinutes === idleMinutes)!;
  const pct = (value: number) => `${round(value * 100, 1)}%`;
  const rows = results.map((r) =>
    [
      r.granularity.padEnd(32),
      String(r.functions).padStart(9),
      ...CUSTOMERS.map((c) => pct(at(r, c, 10).coldShare).padStart(9)),
      `${pct(at(r, 100, 15).coldShare)}-${pct(at(r, 100, 5).coldShare)}`.padStart(13),
      String(at(r, 100, 10).meanColdWaitMs).padStart(10),
      pct(r.overPrivilegedShare).padStart(13),
    ].join(' '),
  );
  return [
    'HTTP functions by granularity: share of calls that start cold (a day of typical customers; idle timeout 10 min; a merged function counted as slow as its slowest route)',
    `${'granularity'.padEnd(32)} functions ${CUSTOMERS.map((c) => `${c} cust.`.padStart(9)).join(' ')} ${'100, 5-15 min'.padStart(13)} ${'wait ms/call'.padStart(10)} ${'over-privileged'.padStart(13)}`,
    ...rows,
  ].join('\n');
};
