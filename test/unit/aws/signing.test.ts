import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { signedRequest } from '../../../shared/aws/json-protocol/signed-exchange';

/**
 * The light clients sign with aws4 (shared/aws/json-protocol/signed-exchange.ts says why not the SDK's signer):
 * for the same request, credentials and time, its Authorization must be the one the AWS SDK's own signer
 * (@smithy/signature-v4) computes. moto checks real requests with botocore in test/aws-emulator.
 */
const sdkAuthorization = async (endpoint: URL, service: string, headers: Record<string, string>, body: string, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, signingDate: Date) => {
  const signer = new SignatureV4({ service, region: 'eu-west-1', credentials, sha256: Hash.bind(null, 'sha256'), applyChecksum: false });
  const lower = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^(authorization|x-amz-date|x-amz-security-token)$/i.test(name)).map(([name, value]) => [name.toLowerCase(), value]));
  const signed = await signer.sign({ method: 'POST', protocol: endpoint.protocol, hostname: endpoint.hostname, port: endpoint.port ? Number(endpoint.port) : undefined, path: '/', headers: lower, body }, { signingDate });
  return signed.headers.authorization;
};

describe('the light clients’ Signature Version 4', () => {
  const signingDate = new Date('2026-12-06T20:15:30.000Z');
  const body = JSON.stringify({ TableName: 'platform', Key: { PK: { S: 'USER#1' }, SK: { S: 'PROFILE' } } });

  it('is the AWS SDK signer’s for a DynamoDB request, with the date and target it carries', async () => {
    const endpoint = new URL('https://dynamodb.eu-west-1.amazonaws.com');
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
    const headers = signedRequest({ endpoint, region: 'eu-west-1', service: 'dynamodb', target: 'DynamoDB_20120810', jsonVersion: '1.0' }, 'GetItem', body, credentials, signingDate);
    expect(headers['X-Amz-Date']).toBe('20261206T201530Z');
    expect(headers['X-Amz-Target']).toBe('DynamoDB_20120810.GetItem');
    expect(headers.Authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261206\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=/);
    expect(headers.Authorization).toBe(await sdkAuthorization(endpoint, 'dynamodb', headers, body, credentials, signingDate));
  });

  it('is the AWS SDK signer’s with a session token (a role’s credentials) and a port (an emulator)', async () => {
    const endpoint = new URL('http://127.0.0.1:4566');
    const credentials = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token/with+chars=' };
    const headers = signedRequest({ endpoint, region: 'eu-west-1', service: 'kms', target: 'TrentService', jsonVersion: '1.1' }, 'Sign', body, credentials, signingDate);
    expect(headers['X-Amz-Security-Token']).toBe('token/with+chars=');
    expect(headers.Host).toBe('127.0.0.1:4566');
    expect(headers.Authorization).toContain('x-amz-security-token');
    expect(headers.Authorization).toBe(await sdkAuthorization(endpoint, 'kms', headers, body, credentials, signingDate));
  });

  it('changes with the body, so a request altered on the way fails its check', () => {
    const endpoint = new URL('https://dynamodb.eu-west-1.amazonaws.com');
    const settings = { endpoint, region: 'eu-west-1', service: 'dynamodb', target: 'DynamoDB_20120810', jsonVersion: '1.0' } as const;
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
    expect(signedRequest(settings, 'GetItem', body, credentials, signingDate).Authorization).not.toBe(signedRequest(settings, 'GetItem', `${body} `, credentials, signingDate).Authorization);
  });
});
