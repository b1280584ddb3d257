/**
 * What DynamoDB's answers turn into when they are not a success, in the shape the AWS SDK gives them: `name`
 * is the error's type (`ConditionalCheckFailedException`), the answer's other fields (`CancellationReasons`,
 * `Item`, in DynamoDB's wire form as the SDK leaves them) are on the error, and `$metadata` says the HTTP
 * status and how many attempts were made. shared/data/data-errors.ts and shared/errors/dependency-failure.ts
 * read them by name.
 */
export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  attempts: number;
  totalRetryDelay: number;
}

export class DynamoDbServiceError extends Error {
  $fault: 'client' | 'server' = 'client';
  $metadata: ResponseMetadata = { attempts: 1, totalRetryDelay: 0 };
  [field: string]: unknown;
}

/** Named so stores can test for it with `instanceof`, as they could with the SDK's class of that name. */
export class ConditionalCheckFailedException extends DynamoDbServiceError {
  override name = 'ConditionalCheckFailedException';
  /** The item as it was, in wire form, when the write asked for it (ReturnValuesOnConditionCheckFailure). */
  declare Item?: Record<string, unknown>;
}

/** The error of an answer with `status` and JSON `body` (`{ "__type": "com.amazonaws.dynamodb.v20120810#Name", "message": … }`). */
export const serviceErrorOf = (status: number, body: string, requestId: string | undefined): DynamoDbServiceError => {
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
  const text = String(message ?? Message ?? `DynamoDB answered ${status}`);
  const error = name === 'ConditionalCheckFailedException' ? new ConditionalCheckFailedException(text) : new DynamoDbServiceError(text);
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

/** A request that took longer than allowed, named as the SDK names it so callers answer 503 and retry it. */
export const timeoutError = (message: string): Error => Object.assign(new Error(message), { name: 'TimeoutError' });
