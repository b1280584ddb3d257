import * as z from 'zod';
import { loadConfig } from '../config/load-config';

/** An allowance per caller: at most `limit` calls in a fixed window of `windowSeconds`. */
export interface CallLimit {
  limit: number;
  windowSeconds: number;
}

/**
 * A limit counted by the shared middleware (shared/http/middleware/rate-limit.ts) on every valid call of a
 * route: per source address on a public route, per customer on a customer route.
 */
export interface CallCounter {
  /** The counter's name, part of its key: `register`, `subscription-create`. */
  scope: string;
  per: 'source address' | 'customer';
  /** What is counted, as the problem's detail says it: "registrations". */
  what: string;
  defaults: CallLimit;
  /** The environment variable that changes it, as `<calls>/<seconds>` (e.g. `30/3600`). */
  variable: string;
}

/** A window in words: "15 minutes", "1 hour". */
export const windowInWords = (seconds: number): string => {
  const [amount, unit] = seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
};

const limitText = z
  .string()
  .regex(/^\d{1,7}\/\d{1,7}$/, 'must be <calls>/<seconds>, e.g. 30/3600')
  .transform((text) => {
    const [limit, windowSeconds] = text.split('/').map(Number) as [number, number];
    return { limit, windowSeconds };
  })
  .refine(({ limit, windowSeconds }) => limit >= 1 && windowSeconds >= 1, 'needs at least 1 call and 1 second');

/** The counter's limit in this deployment: its variable when set (validated, naming the variable), else its default. */
export const configuredLimit = (counter: Pick<CallCounter, 'defaults' | 'variable'>, env: NodeJS.ProcessEnv = process.env): CallLimit =>
  loadConfig(z.object({ [counter.variable]: limitText.optional() }), env)[counter.variable] ?? counter.defaults;

/**
 * A route's per-caller limit (the `rateLimit` of its row): the OpenAPI document declares its 429 in these
 * words, and when `counter` is set the shared middleware counts every valid call (else the use case counts,
 * as login counts only failures).
 */
export interface RouteRateLimit {
  /** The limit as the document states it, with its defaults. */
  description: string;
  counter?: CallCounter;
}

/** A limit the middleware counts, described from its defaults and its variable. */
export const countedLimit = (counter: CallCounter): RouteRateLimit => ({
  description: `At most ${counter.defaults.limit} ${counter.what} per ${counter.per} in ${windowInWords(counter.defaults.windowSeconds)} (the default; ${counter.variable} sets another).`,
  counter,
});
