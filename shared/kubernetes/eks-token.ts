import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity } from '@smithy/types';

/** What `aws eks get-token` and aws-iam-authenticator send: the cluster is bound into the signed request. */
const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
const TOKEN_PREFIX = 'k8s-aws-v1.';
/** The presigned URL's own lifetime; EKS accepts the token for 15 minutes after it was signed. */
const PRESIGN_SECONDS = 60;
/** How long a caller may reuse a token: well inside the 15 minutes, so a slow request never carries a stale one. */
export const EKS_TOKEN_REUSE_MS = 10 * 60 * 1000;

const rfc3986 = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface EksTokenInput {
  clusterName: string;
  region: string;
  credentials: AwsCredentialIdentity;
  signingDate?: Date;
}

/**
 * A bearer token for the EKS API server, made from the caller's IAM credentials: a presigned STS
 * GetCallerIdentity URL carrying the cluster name, base64url-encoded. The API server calls STS with it to
 * learn the caller's role, then maps the role through its access entry. No Kubernetes secret is stored.
 */
export const eksToken = async ({ clusterName, region, credentials, signingDate }: EksTokenInput): Promise<string> => {
  const hostname = `sts.${region}.amazonaws.com`;
  const signer = new SignatureV4({ service: 'sts', region, credentials, sha256: Hash.bind(null, 'sha256') });
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol: 'https:',
      hostname,
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host: hostname, [CLUSTER_ID_HEADER]: clusterName },
    },
    { expiresIn: PRESIGN_SECONDS, signingDate },
  );
  const query = Object.entries(signed.query ?? {})
    .map(([key, value]) => `${rfc3986(key)}=${rfc3986(String(value))}`)
    .join('&');
  const url = `https://${hostname}/?${query}`;
  return TOKEN_PREFIX + Buffer.from(url).toString('base64url');
};
