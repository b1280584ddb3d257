import type { CallLimiter } from '../http/middleware/rate-limit';
import type { ApiKeyStore } from './api-key-store';

/** What the API key use cases need, passed in. */
export interface ApiKeyDeps {
  keys: ApiKeyStore;
  /** Counts every request made with a key (per key), so one leaked key cannot spend the whole API. */
  limiter: CallLimiter;
  now: () => Date;
}
