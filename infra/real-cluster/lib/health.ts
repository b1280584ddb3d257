import { get } from 'node:https';

/**
 * GET an HTTPS health endpoint of kube-controller-manager or kube-scheduler. They serve with a self-signed
 * certificate made at startup, so it cannot be verified; the call only tells "up and healthy" apart.
 */
export const httpsHealthy = (url: string): Promise<boolean> =>
  new Promise((resolve, reject) => {
    const req = get(url, { rejectUnauthorized: false, timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy(new Error(`${url} timed out`)));
    req.on('error', reject);
  });

/** etcd answers {"health":"true"} on its client URL once it has a leader. */
export const etcdHealthy = async (clientUrl: string): Promise<boolean> => {
  const response = await fetch(`${clientUrl}/health`, { signal: AbortSignal.timeout(2_000) });
  return response.ok && ((await response.json()) as { health?: string }).health === 'true';
};
