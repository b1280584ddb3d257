import type { ErrorType, FieldError } from '../errors/app-error';
import { isAppError } from '../errors/app-error';
import { isDependencyFailure } from '../errors/dependency-failure';

/** RFC 9457 problem details, the body of every error response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://docs.paas.example/problems/';

/** The one error-type → HTTP status table. */
const statusOf: Record<ErrorType, { status: number; title: string }> = {
  validation: { status: 400, title: 'Invalid request' },
  'malformed-json': { status: 400, title: 'Malformed JSON' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'uri-too-long': { status: 414, title: 'URI too long' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'condition-failed': { status: 409, title: 'Conflict' },
  unprocessable: { status: 422, title: 'Unprocessable request' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'dependency-unavailable': { status: 503, title: 'Service unavailable' },
  internal: { status: 500, title: 'Internal error' },
};

export const statusForErrorType = (type: ErrorType): number => statusOf[type].status;

export interface ProblemResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Turns any thrown value into a problem response: a failing dependency becomes 503 with Retry-After, any
 * other unknown error a bare 500.
 */
export const toProblemResponse = (error: unknown, context: { requestId?: string; instance?: string } = {}): ProblemResponse => {
  const type: ErrorType = isAppError(error) ? error.type : isDependencyFailure(error) ? 'dependency-unavailable' : 'internal';
  const { status, title } = statusOf[type];
  const exposed = isAppError(error) && error.expose;
  const problem: Problem = {
    type: `${PROBLEM_TYPE_BASE}${type}`,
    title,
    status,
    detail: exposed
      ? error.message
      : type === 'dependency-unavailable'
        ? 'A service the platform depends on is unavailable or throttling. Retry after the delay given.'
        : 'An unexpected error occurred. Quote the request id when reporting it.',
    ...(context.instance ? { instance: context.instance } : {}),
    ...(context.requestId ? { requestId: context.requestId } : {}),
    ...(exposed && error.errors?.length ? { errors: error.errors } : {}),
  };
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (exposed && error.headers) Object.assign(headers, error.headers);
  if (status === 503 && !headers['retry-after']) headers['retry-after'] = '5';
  return { statusCode: status, headers, body: JSON.stringify(problem) };
};
