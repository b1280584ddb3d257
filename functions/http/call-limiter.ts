import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoRateLimiter } from '../../shared/rate-limit/dynamo-rate-limiter';

/**
 * The counters of the routes whose row declares a counted `rateLimit` (shared/http/middleware/rate-limit.ts):
 * items with a TTL in the table. Each subject brings its own window, so the default here is never used.
 */
export const callLimiter = once(() => dynamoRateLimiter(dynamoDocumentClient(), loadConfig(functionEnvironmentSchema).TABLE_NAME, 60 * 60));
