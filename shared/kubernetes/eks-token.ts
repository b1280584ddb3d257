import type { AwsCredentialIdentity } from '@smithy/types';
import aws4 from 'aws4';
import { amzDate, aws4Credentials } from '../aws/json-protocol/signed-exchange';

/** What `aws eks get-token` and aws-iam-authenticator send: the cluster is bound into the signed request. */
const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
const TOKEN_PREFIX = 'k8s-aws-v1.';
/** The presigned URL's own lifetime; EKS accepts the token for 15 minutes after it was signed. */
const PRESIGN_SECONDS = 60;
/** How long a caller may reuse a token: well inside the 15 minutes, so a slow request never carries a stale one. */
export const EKS_TOKEN_REUSE_MS = 10 * 60 * 1000;

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
 *
 * Presigned with `aws4` (query signing), the signer of the platform's light AWS clients: the AWS SDK's
 * signer brought @smithy/core into every function that reaches the cluster (issue 21).
 */
export const eksToken = async ({ clusterName, region, credentials, signingDate = new Date() }: EksTokenInput): Promise<string> => {
  const hostname = `sts.${region}.amazonaws.com`;
  const query = new URLSearchParams({
    Action: 'GetCallerIdentity',
    Version: '2011-06-15',
    'X-Amz-Expires': String(PRESIGN_SECONDS),
    'X-Amz-Date': amzDate(signingDate),
  });
  // aws4 signs a copy of the request, adds the signature and the credential fields to its query, and hands it back.
  const signed = aws4.sign(
    { host: hostname, path: `/?${query}`, method: 'GET', service: 'sts', region, signQuery: true, headers: { [CLUSTER_ID_HEADER]: clusterName } },
    aws4Credentials(credentials),
  );
  return TOKEN_PREFIX + Buffer.from(`https://${hostname}${signed.path}`).toString('base64url');
};
