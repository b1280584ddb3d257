import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eksToken } from '../../../shared/kubernetes/eks-token';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session/token+with=odd chars' };
const signingDate = new Date('2026-11-26T03:00:00Z');

const decode = (token: string) => new URL(Buffer.from(token.slice('k8s-aws-v1.'.length), 'base64url').toString('utf8'));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text).digest();
const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** SigV4 recomputed by hand from the URL as STS will read it: the token is only good if this matches. */
const expectedSignature = (url: URL, clusterName: string) => {
  const params = [...url.searchParams.entries()].filter(([key]) => key !== 'X-Amz-Signature').sort(([a], [b]) => (a < b ? -1 : 1));
  const canonicalQuery = params.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
  const canonicalRequest = ['GET', '/', canonicalQuery, `host:${url.host}`, `x-k8s-aws-id:${clusterName}`, '', 'host;x-k8s-aws-id', sha256('')].join('\n');
  const amzDate = url.searchParams.get('X-Amz-Date')!;
  const scope = url.searchParams.get('X-Amz-Credential')!.split('/').slice(1).join('/');
  const [day, region, service] = scope.split('/');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day!), region!), service!), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign).digest('hex');
};

describe('EKS bearer token', () => {
  it('is a presigned STS GetCallerIdentity URL bound to the cluster, in the k8s-aws-v1 format', async () => {
    const token = await eksToken({ clusterName: 'paas-prod', region: 'eu-west-1', credentials, signingDate });
    expect(token).toMatch(/^k8s-aws-v1\.[A-Za-z0-9_-]+$/);
    const url = decode(token);
    expect(url.origin).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(url.searchParams.get('Action')).toBe('GetCallerIdentity');
    expect(url.searchParams.get('Version')).toBe('2011-06-15');
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(url.searchParams.get('X-Amz-Credential')).toBe('AKIDEXAMPLE/20261126/eu-west-1/sts/aws4_request');
    expect(url.searchParams.get('X-Amz-Date')).toBe('20261126T030000Z');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('60');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host;x-k8s-aws-id');
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe(credentials.sessionToken);
  });

  it('carries a signature that verifies against the URL as encoded (the API server forwards it to STS as is)', async () => {
    const token = await eksToken({ clusterName: 'paas-prod', region: 'eu-west-1', credentials, signingDate });
    const url = decode(token);
    expect(url.searchParams.get('X-Amz-Signature')).toBe(expectedSignature(url, 'paas-prod'));
  });

  it('differs per cluster, so a token for one cluster is refused by another', async () => {
    const a = decode(await eksToken({ clusterName: 'a', region: 'eu-west-1', credentials, signingDate }));
    const b = decode(await eksToken({ clusterName: 'b', region: 'eu-west-1', credentials, signingDate }));
    expect(a.searchParams.get('X-Amz-Signature')).not.toBe(b.searchParams.get('X-Amz-Signature'));
    expect(expectedSignature(a, 'b')).not.toBe(a.searchParams.get('X-Amz-Signature'));
  });
});
