/** Where the cluster adapter gets its connection; called before each request, so it may refresh credentials. */
export type ClusterConnectionSource = () => Promise<ClusterConnection>;

/**
 * What the REST adapter needs to reach one API server: where it is, how to trust it and who to say it is.
 * Made from a kubeconfig (kubeconfig.ts), the in-cluster service account, or EKS (kubeconfig-file-source.ts, eks-source.ts).
 */
export interface ClusterConnection {
  /** `https://host:port` (or `http://…`, the simulated cluster), without a trailing slash. */
  server: string;
  /**
   * The TLS side. Kept as the same object while it does not change (an EKS token renewal keeps it), so the
   * keep-alive agent made for it (kube-http.ts) keeps its connections.
   */
  tls: ClusterTls;
  auth: ClusterAuth;
  /** The context's namespace: where a namespaced object without one goes, as with kubectl and client-node. */
  namespace: string;
}

export interface ClusterTls {
  /** The CA bundle (PEM) the server's certificate must chain to; none: the system's roots. */
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  insecureSkipTlsVerify: boolean;
  /** The name to check the certificate against when it is not the server URL's host (`tls-server-name`). */
  serverName?: string;
}

export interface ClusterAuth {
  token?: string;
  /** A token read from this file, again from time to time: service account tokens are rotated on disk. */
  tokenFile?: string;
  username?: string;
  password?: string;
}
