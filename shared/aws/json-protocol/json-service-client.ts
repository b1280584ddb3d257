import type { AwsCredentialIdentity } from '@smithy/types';
import { isRetryable, retryDelayMs } from './retry-policy';
import { serviceErrorOf, type ErrorClasses, type ResponseMetadata } from './service-errors';
import { signedExchange, type ConnectionSettings, type Exchange, type JsonProtocol, type RawAnswer } from './signed-exchange';

export interface JsonServiceSettings {
  /** The service's endpoint: an emulator's, or the region's own. */
  endpoint: string;
  region: string;
  /** Fixed credentials (tests, emulators); by default the environment's, as Lambda gives the function's role. */
  credentials?: AwsCredentialIdentity;
  maxAttempts?: number;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Wraps each attempt's exchange (tests use it to lose an answer, as a timeout under load does). */
  wrapExchange?: (exchange: Exchange) => Exchange;
}

/** The function's role, as Lambda hands it over: read at every use, so a rotated session is picked up. */
export const credentialsFromEnvironment = (): AwsCredentialIdentity => {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
  if (!accessKeyId || !secretAccessKey) {
    throw Object.assign(new Error('No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set'), { name: 'CredentialsProviderError' });
  }
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
};

/** How a light client reaches `service` (its signing name) with `settings`: the endpoint, the credentials, both timeouts. */
export const connectionSettings = (service: string, settings: JsonServiceSettings): ConnectionSettings => {
  const { credentials } = settings;
  return {
    service,
    endpoint: new URL(settings.endpoint),
    region: settings.region,
    credentials: credentials ? () => credentials : credentialsFromEnvironment,
    connectionTimeoutMs: settings.connectionTimeoutMs ?? 1000,
    requestTimeoutMs: settings.requestTimeoutMs ?? 2500,
  };
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A client of one AWS service that speaks the JSON protocol (DynamoDB, KMS), light enough for a Lambda cold
 * start: one signed request per attempt (./signed-exchange.ts), the AWS SDK's retries (./retry-policy.ts)
 * and its error names and fields (./service-errors.ts). The AWS SDK's clients cost tens of milliseconds of
 * every cold start to load (issue 21's bench); the platform's hot paths call these few operations only.
 */
export class JsonServiceClient {
  private readonly exchange: Exchange;
  private readonly maxAttempts: number;
  /** Closes the client's kept-alive connections. */
  readonly destroy: () => void;

  constructor(
    protocol: JsonProtocol,
    settings: JsonServiceSettings,
    private readonly errorClasses: ErrorClasses = {},
  ) {
    const { exchange, destroy } = signedExchange({ ...connectionSettings(protocol.service, settings), target: protocol.target, jsonVersion: protocol.jsonVersion });
    this.exchange = settings.wrapExchange ? settings.wrapExchange(exchange) : exchange;
    this.maxAttempts = settings.maxAttempts ?? 3;
    this.destroy = destroy;
  }

  /** Sends `body` (JSON text) as `operation` until it succeeds or may not be retried; the answer's JSON text and its metadata. */
  call(operation: string, body: string): Promise<{ text: string; $metadata: ResponseMetadata }> {
    return withRetries(() => this.exchange(operation, body), this.maxAttempts, this.errorClasses);
  }
}

/**
 * Makes one request until it succeeds or may not be retried, as the AWS SDK's standard retry strategy does
 * (./retry-policy.ts): a non-200 answer becomes the service's error (./service-errors.ts), with the attempts
 * made in its `$metadata`.
 */
export const withRetries = async (attempt: () => Promise<RawAnswer>, maxAttempts: number, errorClasses: ErrorClasses = {}): Promise<{ text: string; $metadata: ResponseMetadata }> => {
  let totalRetryDelay = 0;
  for (let attempts = 1; ; attempts++) {
    try {
      const answer = await attempt();
      if (answer.status !== 200) throw serviceErrorOf(answer.status, answer.body, answer.requestId, errorClasses);
      return { text: answer.body || '{}', $metadata: { httpStatusCode: 200, requestId: answer.requestId, attempts, totalRetryDelay } };
    } catch (error) {
      if (attempts >= maxAttempts || !isRetryable(error)) throw withAttempts(error, attempts, totalRetryDelay);
      const delay = retryDelayMs(attempts, error);
      totalRetryDelay += delay;
      await pause(delay);
    }
  }
};

const withAttempts = (error: unknown, attempts: number, totalRetryDelay: number): unknown => {
  if (error instanceof Error) {
    const metadata = (error as { $metadata?: ResponseMetadata }).$metadata;
    Object.assign(error, { $metadata: { ...metadata, attempts, totalRetryDelay } });
  }
  return error;
};
