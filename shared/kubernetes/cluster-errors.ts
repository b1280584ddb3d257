import { TransientError } from './cluster';
import { KubeApiError } from './kube-http';

/** The API server's status code of a failed request; none when it was not reached (refused, reset, timed out). */
export const statusOf = (error: unknown): number | undefined => (error instanceof KubeApiError ? error.statusCode : undefined);

/** Kubernetes refuses new objects in a namespace that is being deleted; once it is gone, they are accepted again. */
const namespaceTerminating = (error: KubeApiError) => /being terminated|NamespaceTerminating/.test(error.body);

/**
 * The API server's own words from its Status body (`exceeded quota: …`, `violates PodSecurity …`), the one
 * line that says why, cut short: it names the objects and limits involved, never a credential.
 */
export const statusMessage = (error: unknown): string | undefined => {
  if (!(error instanceof KubeApiError)) return undefined;
  let message: unknown;
  try {
    message = (JSON.parse(error.body) as { message?: unknown } | null)?.message;
  } catch {
    return undefined;
  }
  return typeof message === 'string' ? message.split('\n')[0]!.slice(0, 240) : undefined;
};

/** Throttling, server errors, network failures and a terminating namespace become TransientError, so the workflow retries them. */
export const classify = (error: unknown, what: string): never => {
  const status = statusOf(error);
  if (status === undefined || status === 429 || status >= 500 || (status === 403 && namespaceTerminating(error as KubeApiError))) {
    throw new TransientError(`${what}: ${status ?? (error as Error).message}`, { cause: error });
  }
  const message = statusMessage(error);
  throw new Error(`${what}: the cluster answered ${status}${message ? ` (${message})` : ''}`, { cause: error });
};
