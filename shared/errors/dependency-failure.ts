/**
 * Failures of a dependency rather than of the request: throttling, an AWS service error, a refused or reset
 * connection. The client may retry them, so they are answered 503 with Retry-After instead of a bare 500.
 */
const DEPENDENCY_ERROR_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'InternalFailure',
  'TimeoutError',
  'RequestTimeout',
  'LimitExceededException',
  'TransactionConflictException',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

export const isDependencyFailure = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const { name, code, $retryable } = error as Error & { code?: string; $retryable?: unknown };
  // Another transaction was touching the same item: retrying shortly succeeds.
  if (name === 'TransactionCanceledException') {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    if (reasons.some((reason) => reason.Code === 'TransactionConflict')) return true;
  }
  if (DEPENDENCY_ERROR_NAMES.has(name) || $retryable) return true;
  if (code && NETWORK_CODES.has(code)) return true;
  return error.cause ? isDependencyFailure(error.cause) : false;
};
