/**
 * The one error taxonomy of the platform. Every layer throws these; the HTTP layer maps `type` to a status
 * and a problem+json body in one place (shared/http/problem.ts). A message is only shown to a client when
 * `expose` is true, so an unexpected failure never leaks its details.
 */
export type ErrorType =
  | 'validation'
  | 'malformed-json'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'uri-too-long'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'condition-failed'
  | 'unprocessable'
  | 'rate-limited'
  | 'dependency-unavailable'
  | 'internal';

export interface FieldError {
  /** Where the problem is, as a path: `body.plans[0].price`, `query.limit`, `path.slug`. */
  field: string;
  message: string;
}

export interface AppErrorOptions {
  errors?: FieldError[];
  headers?: Record<string, string>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly type: ErrorType;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;

  constructor(type: ErrorType, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.type = type;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  /** Internal and dependency failures keep their message to the logs. */
  get expose(): boolean {
    return this.type !== 'internal';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

export const validationError = (errors: FieldError[], message = 'The request is not valid.') =>
  new AppError('validation', message, { errors });

export const notFound = (what: string) => new AppError('not-found', `${what} was not found.`);

export const conflict = (message: string) => new AppError('conflict', message);
