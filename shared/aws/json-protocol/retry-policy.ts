/**
 * When an attempt is tried again, as the AWS SDK's standard retry strategy does it: throttling, a server
 * error, a timeout or a dropped connection, up to `maxAttempts` in all, after a jittered exponential pause
 * (base 100 ms, 500 ms when throttled, capped at 20 s). Anything else (a failed condition, a bad request)
 * is the caller's to handle and is never retried.
 */
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
]);
const TRANSIENT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'InternalServerError', 'InternalFailure', 'ServiceUnavailable']);
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN']);

const isThrottling = (error: unknown): boolean => THROTTLING.has((error as { name?: string }).name ?? '');

export const isRetryable = (error: unknown): boolean => {
  const { name, code, $metadata } = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  return (
    isThrottling(error) ||
    TRANSIENT.has(name ?? '') ||
    TRANSIENT_STATUS.has($metadata?.httpStatusCode ?? 0) ||
    (code !== undefined && NETWORK_CODES.has(code))
  );
};

/** The pause before attempt `attempt + 1` (attempt counts from 1). */
export const retryDelayMs = (attempt: number, error: unknown, random: () => number = Math.random): number =>
  Math.floor(random() * Math.min(20_000, 2 ** attempt * (isThrottling(error) ? 500 : 100)));
