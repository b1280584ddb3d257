import { connectionSettings, withRetries, type JsonServiceSettings } from '../json-protocol/json-service-client';
import { signedGet } from '../json-protocol/signed-exchange';

/** What the platform reads of an EKS cluster: where its API server is, the CA that signs its certificate, its status. */
export interface EksCluster {
  endpoint?: string;
  certificateAuthority?: { data?: string };
  status?: string;
}

export type DescribeCluster = (name: string) => Promise<EksCluster | undefined>;

/**
 * EKS's DescribeCluster (REST-JSON: `GET /clusters/{name}`) through the light client's signer, connection and
 * retries: the only EKS call the platform makes, once per container. The AWS SDK's EKS client was most of
 * every Kubernetes-facing function's bundle (issue 21).
 */
export const eksDescribeCluster = (settings: JsonServiceSettings): { describeCluster: DescribeCluster; destroy(): void } => {
  const { get, destroy } = signedGet(connectionSettings('eks', settings));
  const describeCluster: DescribeCluster = async (name) => {
    const { text } = await withRetries(() => get(`/clusters/${encodeURIComponent(name)}`), settings.maxAttempts ?? 3);
    return (JSON.parse(text) as { cluster?: EksCluster }).cluster;
  };
  return { describeCluster, destroy };
};
