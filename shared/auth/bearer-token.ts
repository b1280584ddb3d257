import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from '../errors/app-error';
import { headerOf } from '../http/http-event';

export const unauthorized = (detail = 'A valid bearer token is required.') =>
  new AppError('unauthorized', detail, { headers: { 'www-authenticate': 'Bearer' } });

export const forbidden = (detail: string) => new AppError('forbidden', detail);

/** The token of an `Authorization: Bearer …` header; anything else is a 401 that says what was wrong. */
export const bearerTokenOf = (event: APIGatewayProxyEventV2): string => {
  const header = headerOf(event, 'authorization');
  if (!header) throw unauthorized('The Authorization header is missing.');
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header.trim());
  if (!match || match[1]!.length > 4096) throw unauthorized('The Authorization header must be "Bearer <token>".');
  return match[1]!;
};
