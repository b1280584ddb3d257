import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { lambdaContext } from '../../infra/local/lambda-context';

/** A payload-2.0 event as API Gateway sends it, for handler unit tests. */
export const apiEvent = (method: string, path: string, extra: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: `${method} ${path}`,
  rawPath: path,
  rawQueryString: '',
  headers: {},
  isBase64Encoded: false,
  requestContext: {
    accountId: '1',
    apiId: 'api',
    domainName: 'example.com',
    domainPrefix: 'example',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'vitest' },
    requestId: 'req-1',
    routeKey: `${method} ${path}`,
    stage: '$default',
    time: '',
    timeEpoch: 0,
  },
  ...extra,
});

export const context = (name = 'test') => lambdaContext(name);
