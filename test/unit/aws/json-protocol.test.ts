import { describe, expect, it } from 'vitest';
import { isRetryable, retryDelayMs } from '../../../shared/aws/json-protocol/retry-policy';
import { serviceErrorOf } from '../../../shared/aws/json-protocol/service-errors';
import { ConditionalCheckFailedException, dynamoDbErrorClasses } from '../../../shared/aws/dynamodb/dynamodb-errors';

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });

describe('the light AWS clients’ retry policy (as the SDK’s standard strategy)', () => {
  it('retries throttling, server errors, timeouts and dropped connections', () => {
    for (const error of [
      named('ProvisionedThroughputExceededException'),
      named('ThrottlingException'),
      named('TransactionInProgressException'),
      named('InternalServerError'),
      named('TimeoutError'),
      named('Whatever', { $metadata: { httpStatusCode: 503 } }),
      named('Error', { code: 'ECONNRESET' }),
      named('Error', { code: 'EPIPE' }),
    ]) {
      expect(isRetryable(error), error.name).toBe(true);
    }
  });

  it('never retries what the caller must handle: a failed condition, a cancelled transaction, a bad request, missing credentials', () => {
    for (const error of [
      named('ConditionalCheckFailedException', { $metadata: { httpStatusCode: 400 } }),
      named('TransactionCanceledException', { $metadata: { httpStatusCode: 400 } }),
      named('ValidationException', { $metadata: { httpStatusCode: 400 } }),
      named('CredentialsProviderError'),
      named('AccessDeniedException', { $metadata: { httpStatusCode: 400 } }),
    ]) {
      expect(isRetryable(error), error.name).toBe(false);
    }
  });

  it('waits a jittered 100 ms × 2^attempt, 500 ms × 2^attempt when throttled, never over 20 s', () => {
    expect(retryDelayMs(1, named('InternalServerError'), () => 0.999)).toBe(199);
    expect(retryDelayMs(2, named('InternalServerError'), () => 0.5)).toBe(200);
    expect(retryDelayMs(1, named('ThrottlingException'), () => 0.999)).toBe(999);
    expect(retryDelayMs(10, named('ThrottlingException'), () => 0.999)).toBe(19_980);
    expect(retryDelayMs(1, named('InternalServerError'), () => 0)).toBe(0);
  });
});

describe('the light AWS clients’ errors (in the SDK’s shape)', () => {
  it('names a JSON error by its type after the #, keeps its other fields and its status', () => {
    const error = serviceErrorOf(
      400,
      JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException', message: 'cancelled', CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }),
      'req-1',
      dynamoDbErrorClasses,
    );
    expect(error).toMatchObject({ name: 'TransactionCanceledException', message: 'cancelled', CancellationReasons: [{ Code: 'ConditionalCheckFailed' }], $fault: 'client' });
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, requestId: 'req-1' });
  });

  it('makes a failed condition an instance of ConditionalCheckFailedException, with the old item', () => {
    const error = serviceErrorOf(400, JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'failed', Item: { PK: { S: 'A' } } }), undefined, dynamoDbErrorClasses);
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect((error as ConditionalCheckFailedException).Item).toEqual({ PK: { S: 'A' } });
  });

  it('reads an XML error document, and names a bodiless server error by its status', () => {
    expect(serviceErrorOf(403, '<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>no match</Message></Error></ErrorResponse>', undefined)).toMatchObject({ name: 'SignatureDoesNotMatch', message: 'no match' });
    expect(serviceErrorOf(502, '<html>bad gateway</html>', undefined)).toMatchObject({ name: 'InternalServerError', $fault: 'server', $metadata: { httpStatusCode: 502 } });
  });
});
