import { Agent, request } from 'node:https';

export interface KubeResponse<T = unknown> {
  status: number;
  body: T;
}

/**
 * The few apiserver calls the harness makes itself (readiness, nodes, storage). node:https rather than
 * fetch because fetch cannot be given a private CA without an extra dependency.
 */
export interface KubeClient {
  request<T = unknown>(method: string, path: string, body?: unknown, contentType?: string): Promise<KubeResponse<T>>;
  close(): void;
}

export const kubeClient = (server: string, token: string, ca: string | Buffer): KubeClient => {
  const agent = new Agent({ ca, keepAlive: true, maxSockets: 4 });
  return {
    request: <T>(method: string, path: string, body?: unknown, contentType = 'application/json') =>
      new Promise<KubeResponse<T>>((resolve, reject) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const req = request(
          new URL(path, server),
          {
            method,
            agent,
            timeout: 10_000,
            headers: {
              authorization: `Bearer ${token}`,
              accept: 'application/json',
              ...(payload ? { 'content-type': contentType, 'content-length': Buffer.byteLength(payload) } : {}),
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => {
              let parsed: unknown = text;
              try {
                parsed = JSON.parse(text);
              } catch {
                /* /readyz answers plain text */
              }
              resolve({ status: res.statusCode ?? 0, body: parsed as T });
            });
          },
        );
        req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
        req.on('error', reject);
        req.end(payload);
      }),
    close: () => agent.destroy(),
  };
};

/** Throws unless the status is 2xx (or one of `alsoOk`, e.g. 409 for "already exists"). */
export const expectOk = <T>(response: KubeResponse<T>, what: string, alsoOk: number[] = []): T => {
  if ((response.status >= 200 && response.status < 300) || alsoOk.includes(response.status)) return response.body;
  const message = (response.body as { message?: string })?.message ?? JSON.stringify(response.body);
  throw new Error(`${what}: HTTP ${response.status} ${message}`);
};
