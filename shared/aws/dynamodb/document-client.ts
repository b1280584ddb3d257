import { JsonServiceClient, type JsonServiceSettings } from '../json-protocol/json-service-client';
import type { ResponseMetadata } from '../json-protocol/service-errors';
import type { DocumentCommand, Operation } from './commands';
import { dynamoDbErrorClasses } from './dynamodb-errors';
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
export type DocumentClientSettings = JsonServiceSettings;

const DYNAMODB = { service: 'dynamodb', target: 'DynamoDB_20120810', jsonVersion: '1.0' } as const;

/**
 * The platform's DynamoDB client: the document client's interface (`send(new GetCommand(…))`, items as plain
 * objects) over one signed request per attempt. It replaces the AWS SDK's DynamoDBDocumentClient in every
 * function because that client costs ~37 ms of every cold start to load (207 KiB bundled, against 27 KiB
 * for this with the SDK's own signer and marshaller: issue 21's bench). What it keeps of the SDK's
 * behaviour: the same marshalling (./wire-shapes.ts), the same retries, error names and fields
 * (../json-protocol/), and the platform's timeouts (shared/aws/clients.ts AWS_TIMEOUTS).
 */
export class DocumentClient {
  private readonly service: JsonServiceClient;
  private middleware: { id: symbol; wrap: Middleware }[] = [];
  /** Closes the client's kept-alive connections. */
  readonly destroy: () => void;

  constructor(settings: DocumentClientSettings) {
    this.service = new JsonServiceClient(DYNAMODB, settings, dynamoDbErrorClasses);
    this.destroy = this.service.destroy;
  }

  send<Input extends object, Output>(command: DocumentCommand<Input, Output>): Promise<Output> {
    const request: DocumentRequest = { operation: command.operation, input: command.input as Record<string, unknown> };
    const send = this.middleware.reduceRight<Send>((next, { wrap }) => wrap(next), (r) => this.sendOnce(r));
    return send(request) as Promise<Output>;
  }

  /** Adds `wrap` around every command sent from now on, outermost first; returns its removal. */
  use(wrap: Middleware): () => void {
    const entry = { id: Symbol('middleware'), wrap };
    this.middleware = [entry, ...this.middleware];
    return () => {
      this.middleware = this.middleware.filter((m) => m.id !== entry.id);
    };
  }

  private async sendOnce({ operation, input }: DocumentRequest): Promise<DocumentOutput> {
    const shape = SHAPES[operation];
    const { text, $metadata } = await this.service.call(operation, JSON.stringify(shape.request(input), blobsAsBase64));
    return { ...shape.response(JSON.parse(text, base64AsBlobs) as Record<string, unknown>), $metadata };
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
