import type { AwsCredentialIdentity } from '@smithy/types';
import type { DocumentCommand, Operation } from './commands';
import { isRetryable, retryDelayMs } from './retry-policy';
import { serviceErrorOf, type ResponseMetadata } from './service-errors';
import { signedExchange, type Exchange } from './signed-exchange';
import { SHAPES } from './wire-shapes';

/** A command as middleware sees it: the operation and its input as the caller wrote it (not yet marshalled). */
export interface DocumentRequest {
  operation: Operation;
  input: Record<string, unknown>;
}
export type DocumentOutput = Record<string, unknown> & { $metadata: ResponseMetadata };
export type Send = (request: DocumentRequest) => Promise<DocumentOutput>;
/** Wraps every command, outside the retries: it sees what the caller sent and what the caller gets. */
export type Middleware = (next: Send) => Send;

export interface DocumentClientSettings {
  /** DynamoDB's endpoint: an emulator's, or the region's own. */
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

const credentialsFromEnvironment = (): AwsCredentialIdentity => {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
  if (!accessKeyId || !secretAccessKey) {
    throw Object.assign(new Error('No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set'), { name: 'CredentialsProviderError' });
  }
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The platform's DynamoDB client: the document client's interface (`send(new GetCommand(…))`, items as plain
 * objects) over one signed HTTPS request per attempt. It replaces the AWS SDK's DynamoDBDocumentClient in
 * every function because that client costs ~37 ms of every cold start to load (207 KiB bundled, against
 * 21 KiB for this with the SDK's own signer and marshaller: issue 21's bench). What it keeps of the SDK's
 * behaviour: the same marshalling (./wire-shapes.ts), the same retries (./retry-policy.ts), the same error
 * names and fields (./service-errors.ts), and the platform's timeouts (shared/aws/clients.ts AWS_TIMEOUTS).
 */
export class DocumentClient {
  private readonly exchange: Exchange;
  private readonly maxAttempts: number;
  /** Closes the client's kept-alive connections. */
  readonly destroy: () => void;
  private middleware: { name: symbol; wrap: Middleware }[] = [];

  constructor(settings: DocumentClientSettings) {
    const { credentials } = settings;
    const { exchange, destroy } = signedExchange({
      endpoint: new URL(settings.endpoint),
      region: settings.region,
      credentials: credentials ? () => credentials : credentialsFromEnvironment,
      connectionTimeoutMs: settings.connectionTimeoutMs ?? 1000,
      requestTimeoutMs: settings.requestTimeoutMs ?? 2500,
    });
    this.exchange = settings.wrapExchange ? settings.wrapExchange(exchange) : exchange;
    this.maxAttempts = settings.maxAttempts ?? 3;
    this.destroy = destroy;
  }

  send<Input extends object, Output>(command: DocumentCommand<Input, Output>): Promise<Output> {
    const request: DocumentRequest = { operation: command.operation, input: command.input as Record<string, unknown> };
    const send = this.middleware.reduceRight<Send>((next, { wrap }) => wrap(next), (r) => this.sendWithRetries(r));
    return send(request) as Promise<Output>;
  }

  /** Adds `wrap` around every command sent from now on, outermost first; returns its removal. */
  use(wrap: Middleware): () => void {
    const entry = { name: Symbol('middleware'), wrap };
    this.middleware = [entry, ...this.middleware];
    return () => {
      this.middleware = this.middleware.filter((m) => m.name !== entry.name);
    };
  }

  private async sendWithRetries({ operation, input }: DocumentRequest): Promise<DocumentOutput> {
    const shape = SHAPES[operation];
    const body = JSON.stringify(shape.request(input), blobsAsBase64);
    let totalRetryDelay = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await this.exchange(operation, body);
        if (answer.status !== 200) throw serviceErrorOf(answer.status, answer.body, answer.requestId);
        const output = shape.response(JSON.parse(answer.body || '{}', base64AsBlobs) as Record<string, unknown>) ?? {};
        return { ...output, $metadata: { httpStatusCode: 200, requestId: answer.requestId, attempts: attempt, totalRetryDelay } };
      } catch (error) {
        if (attempt >= this.maxAttempts || !isRetryable(error)) throw withAttempts(error, attempt, totalRetryDelay);
        const delay = retryDelayMs(attempt, error);
        totalRetryDelay += delay;
        await pause(delay);
      }
    }
  }
}

/**
 * Binary attributes travel as base64 in DynamoDB's JSON protocol (`{ "B": "AAH+/w==" }`), and are Uint8Arrays
 * on our side as with the SDK. A string under `B`, or strings under `BS`, only ever occur as a binary
 * attribute value: an attribute *named* B is a key of a map whose value is an object.
 */
function blobsAsBase64(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  return original instanceof Uint8Array ? Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') : value;
}
const blob = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
function base64AsBlobs(key: string, value: unknown): unknown {
  if (key === 'B' && typeof value === 'string') return blob(value);
  if (key === 'BS' && Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map(blob);
  return value;
}

const withAttempts = (error: unknown, attempts: number, totalRetryDelay: number): unknown => {
  if (error instanceof Error) {
    const metadata = (error as { $metadata?: ResponseMetadata }).$metadata;
    Object.assign(error, { $metadata: { ...metadata, attempts, totalRetryDelay } });
  }
  return error;
};
