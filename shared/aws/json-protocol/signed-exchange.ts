import type { AwsCredentialIdentity } from '@smithy/types';
import aws4 from 'aws4';
import { keptAliveConnection } from '../../http/kept-alive-connection';

/** One attempt's answer, before it is read as a success or an error. */
export interface RawAnswer {
  status: number;
  body: string;
  requestId?: string;
}

/** Sends one request of an AWS JSON-protocol service (`X-Amz-Target: <target>.<operation>`, a JSON body) and reads its answer. */
export type Exchange = (operation: string, body: string) => Promise<RawAnswer>;

/** What tells one JSON-protocol service from another: DynamoDB is `dynamodb`, `DynamoDB_20120810`, 1.0; KMS `kms`, `TrentService`, 1.1. */
export interface JsonProtocol {
  /** The signing name. */
  service: string;
  /** The X-Amz-Target prefix. */
  target: string;
  jsonVersion: '1.0' | '1.1';
}

export interface ExchangeSettings extends JsonProtocol {
  endpoint: URL;
  region: string;
  /** Read at every request: Lambda gives the function's role in the environment. */
  credentials: () => AwsCredentialIdentity;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
}

/** Credentials as aws4 takes them: the session token only when there is one. */
export const aws4Credentials = ({ accessKeyId, secretAccessKey, sessionToken }: AwsCredentialIdentity) => ({
  accessKeyId,
  secretAccessKey,
  ...(sessionToken ? { sessionToken } : {}),
});

/** A signing time as Signature Version 4 writes it (X-Amz-Date): 20261206T230348Z. */
export const amzDate = (date: Date): string => date.toISOString().replace(/[:-]|\.\d{3}/g, '');

const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Where and how one service is reached: everything an exchange needs but the JSON protocol's target. */
export type ConnectionSettings = Omit<ExchangeSettings, 'target' | 'jsonVersion'>;

/** Requests over kept-alive connections, read as an AWS service's answers: the request id from its header. */
const connection = (settings: ConnectionSettings) => {
  const { roundTrip, destroy } = keptAliveConnection({ ...settings, name: settings.service });
  return {
    destroy,
    roundTrip: async (method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> => {
      const answer = await roundTrip(method, path, headers, body);
      const requestId = answer.headers['x-amzn-requestid'];
      return { status: answer.status, body: answer.body, requestId: typeof requestId === 'string' ? requestId : undefined };
    },
  };
};

/**
 * The real exchange: signs the request with Signature Version 4 and POSTs it over a kept-alive connection.
 *
 * The signer is `aws4` (one small CommonJS file over node:crypto), not the AWS SDK's @smithy/signature-v4:
 * that one imports @smithy/core, and in a split HTTP function the SDK clients of its other routes made the
 * shared chunk of @smithy/core that every route loaded ~70 KiB (issue 21). Both signatures are checked against
 * each other in test/unit/aws/signing.test.ts, and against moto's botocore in test/aws-emulator.
 */
export const signedExchange = (settings: ExchangeSettings): { exchange: Exchange; destroy(): void } => {
  const { roundTrip, destroy } = connection(settings);
  const exchange: Exchange = async (operation, body) =>
    roundTrip('POST', settings.endpoint.pathname || '/', signedRequest(settings, operation, body, settings.credentials()), body);
  return { exchange, destroy };
};

/**
 * A signed GET of one resource of a REST-JSON service (EKS's DescribeCluster is `GET /clusters/{name}`), over
 * the same kind of connection as the JSON protocol's exchanges.
 */
export const signedGet = (settings: ConnectionSettings): { get(path: string): Promise<RawAnswer>; destroy(): void } => {
  const { roundTrip, destroy } = connection(settings);
  const get = async (path: string) => {
    const credentials = settings.credentials();
    const signed = aws4.sign(
      {
        host: settings.endpoint.host,
        path,
        method: 'GET',
        service: settings.service,
        region: settings.region,
        // The empty body's hash, said and signed, as the AWS SDK does: a verifier that rebuilds the body from
        // the request (moto does, from the path's parameters) then checks the hash it was told.
        headers: { Host: settings.endpoint.host, 'X-Amz-Content-Sha256': EMPTY_BODY_SHA256 },
      },
      aws4Credentials(credentials),
    );
    return roundTrip('GET', path, signed.headers as Record<string, string>);
  };
  return { get, destroy };
};

/** The headers of one signed request: Host, the content, the target, X-Amz-Date, the session token, Authorization. */
export const signedRequest = (
  settings: Pick<ExchangeSettings, 'endpoint' | 'region' | 'service' | 'target' | 'jsonVersion'>,
  operation: string,
  body: string,
  credentials: AwsCredentialIdentity,
  signingDate?: Date,
): Record<string, string> => {
  const headers: Record<string, string> = {
    Host: settings.endpoint.host,
    'Content-Type': `application/x-amz-json-${settings.jsonVersion}`,
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Amz-Target': `${settings.target}.${operation}`,
  };
  // aws4 takes the signing time from an X-Amz-Date header when one is there.
  if (signingDate) headers['X-Amz-Date'] = amzDate(signingDate);
  // aws4 signs a copy of the request and its headers, and hands that back. (A CommonJS module whose exports
  // Node's ESM loader cannot list: taken as its default export.)
  const signed = aws4.sign(
    { host: settings.endpoint.host, path: settings.endpoint.pathname || '/', method: 'POST', service: settings.service, region: settings.region, headers, body },
    aws4Credentials(credentials),
  );
  return signed.headers as Record<string, string>;
};
