import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IProbe } from 'kubernetes-models/v1/Probe';

type Check = Pick<IProbe, 'httpGet' | 'exec' | 'tcpSocket'>;

export const httpCheck = (path: string, port: string, headers: Record<string, string> = {}): Check => ({
  httpGet: {
    path,
    port,
    ...(Object.keys(headers).length > 0 && { httpHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })) }),
  },
});

export const tcpCheck = (port: string): Check => ({ tcpSocket: { port } });

export const execCheck = (command: string[]): Check => ({ exec: { command } });

/**
 * Startup allows ten minutes: a first boot runs the app's migrations (or initialises the database) on a small
 * CPU share. After it: readiness takes the pod out of the Service within 30 s; liveness restarts it only
 * after two minutes of failures, and should not depend on another pod.
 */
export const probes = ({ ready, live, start = ready }: { ready: Check; live: Check; start?: Check }): Pick<IContainer, 'startupProbe' | 'readinessProbe' | 'livenessProbe'> => ({
  startupProbe: { ...start, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 60 },
  readinessProbe: { ...ready, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
  livenessProbe: { ...live, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 6 },
});
