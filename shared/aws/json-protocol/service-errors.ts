/**
 * What an AWS JSON-protocol service's answers turn into when they are not a success, in the shape the AWS SDK
 * gives them: `name` is the error's type (`ConditionalCheckFailedException`), the answer's other fields
 * (DynamoDB's `CancellationReasons`, `Item`, in wire form as the SDK leaves them) are on the error, and
 * `$metadata` says the HTTP status and how many attempts were made. shared/data/data-errors.ts and
 * shared/errors/dependency-failure.ts read them by name.
 */
export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  attempts: number;
  totalRetryDelay: number;
}

export class AwsServiceError extends Error {
  $fault: 'client' | 'server' = 'client';
  $metadata: ResponseMetadata = { attempts: 1, totalRetryDelay: 0 };
  [field: string]: unknown;
}

/** The error of an answer with `status` (of the service's own class for it in `classes`, if any) and JSON `body` (`{ "__type": "com.amazonaws.dynamodb.v20120810#Name", "message": … }`). */
export type ErrorClasses = Record<string, new (message: string) => AwsServiceError>;

export const serviceErrorOf = (status: number, body: string, requestId: string | undefined, classes: ErrorClasses = {}): AwsServiceError => {
  let fields: Record<string, unknown> = {};
  try {
    fields = JSON.parse(body) as Record<string, unknown>;
  } catch {
    // Not JSON: an XML error document (what a front such as moto's authentication answers), a proxy's page, or nothing.
    fields = xmlErrorFields(body);
  }
  const type = String(fields.__type ?? fields.code ?? '');
  const name = type.slice(type.lastIndexOf('#') + 1) || (status >= 500 ? 'InternalServerError' : `HttpError${status}`);
  const { __type: _type, message, Message, ...rest } = fields;
  const text = String(message ?? Message ?? `the service answered ${status}`);
  const ErrorClass = classes[name] ?? AwsServiceError;
  const error = new ErrorClass(text);
  error.name = name;
  Object.assign(error, rest);
  error.$fault = status >= 500 ? 'server' : 'client';
  error.$metadata = { httpStatusCode: status, requestId, attempts: 1, totalRetryDelay: 0 };
  return error;
};

const xmlErrorFields = (body: string): Record<string, unknown> => {
  const code = /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
  return { ...(code ? { __type: code } : {}), ...(message ? { message } : {}) };
};
