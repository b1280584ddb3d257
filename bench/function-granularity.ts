/**
 * How often a customer meets a cold start, for ways of cutting the HTTP API into Lambda functions: a day of
 * typical customers' calls replayed against each function's pool of containers, with Lambda's idle timeout.
 * A model, not a measurement of AWS: Lambda does not document how long an idle container lives (5 to 15
 * minutes are commonly observed), so the replay is run for several timeouts. Everything is seeded, so a run
 * replays the same day.
 */

/** One HTTP call: when, which operation. */
export interface Call {
  atMs: number;
  operationId: string;
}

export interface PoolResult {
  calls: number;
  cold: number;
  /** Containers that ever existed, over all functions. */
  containers: number;
  /** The cold starts' time, summed over the calls that met one. */
  coldWaitMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A small seeded generator (mulberry32), so the replayed day is the same in every run. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/**
 * A typical customer's day: one instance, 14 API calls (about 420 a month; bench/customer-cost.ts prices
 * 300, the replay errs towards more warmth). Two dashboard sessions at random times of the customer's working day, each signing in (or
 * refreshing), reading the account, the subscriptions and the instance, then one of the instance's pages;
 * and one automation run with an API key (a backup, then polling it). Calls in a session are a few seconds
 * apart, as a person clicks.
 */
export const customerDay = (random: () => number): Call[] => {
  const calls: Call[] = [];
  // Working hours in the customer's own time zone, spread over the world: any hour of the platform's day.
  const dayStart = random() * DAY_MS;
  const at = (offsetMs: number) => (dayStart + offsetMs) % DAY_MS;
  const pages = ['listBackups', 'listWebhookDeliveries', 'getSubscriptionUsage', 'listDomains', 'getInstanceLogs', 'listInstanceEvents', 'listNotifications', 'listTransactions'];
  for (let session = 0; session < 2; session++) {
    let t = random() * 9 * 60 * 60 * 1000;
    const step = (operationId: string) => {
      calls.push({ atMs: at(t), operationId });
      t += 2000 + random() * 8000;
    };
    step(random() < 0.5 ? 'login' : 'refresh');
    step('getMe');
    step('listSubscriptions');
    step('getSubscriptionInstance');
    step(pages[Math.floor(random() * pages.length)]!);
  }
  let t = random() * 9 * 60 * 60 * 1000;
  calls.push({ atMs: at(t), operationId: 'createBackup' });
  for (let poll = 0; poll < 3; poll++) calls.push({ atMs: at((t += 20_000)), operationId: 'getBackup' });
  return calls;
};

/** `customers` customers' days, merged in time order. */
export const platformDay = (customers: number, seed = 21): Call[] => {
  const random = seededRandom(seed);
  return Array.from({ length: customers }, () => customerDay(random))
    .flat()
    .sort((a, b) => a.atMs - b.atMs);
};

/**
 * Replays calls against one pool of containers per function: a call finds an idle container that served
 * within `idleTimeoutMs` (warm) or starts a new one (cold). A container is busy for the call's duration (plus
 * its start when cold), so calls that overlap need containers of their own, as Lambda scales out.
 */
export const replay = (
  calls: readonly Call[],
  functionOf: (operationId: string) => string,
  options: { idleTimeoutMs: number; warmCallMs: number; coldStartMs: (fn: string) => number },
): PoolResult => {
  const pools = new Map<string, Array<{ freeAtMs: number; lastUsedMs: number }>>();
  let cold = 0;
  let containers = 0;
  let coldWaitMs = 0;
  for (const call of calls) {
    const fn = functionOf(call.operationId);
    const pool = pools.get(fn) ?? [];
    pools.set(fn, pool);
    // Lambda reclaims containers idle for longer than the timeout.
    const alive = pool.filter((c) => call.atMs - c.lastUsedMs <= options.idleTimeoutMs || c.freeAtMs > call.atMs);
    pool.splice(0, pool.length, ...alive);
    const idle = pool.filter((c) => c.freeAtMs <= call.atMs).sort((a, b) => b.lastUsedMs - a.lastUsedMs)[0];
    if (idle) {
      idle.freeAtMs = call.atMs + options.warmCallMs;
      idle.lastUsedMs = idle.freeAtMs;
    } else {
      cold++;
      containers++;
      coldWaitMs += options.coldStartMs(fn);
      const freeAtMs = call.atMs + options.coldStartMs(fn) + options.warmCallMs;
      pool.push({ freeAtMs, lastUsedMs: freeAtMs });
    }
  }
  return { calls: calls.length, cold, containers, coldWaitMs };
};
