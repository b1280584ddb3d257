import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const askKernel = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** Ports this process handed out lately: their engines may not have bound them yet. */
const handedOut = new Map<number, number>();
const HANDED_OUT_MS = 60_000;

/**
 * Asks the kernel for a free loopback port, never one this process handed out in the last minute (the kernel
 * may offer a port again as soon as the probe closes it, before the engine it was for binds it; a cluster's
 * six components ask at once). Another process may still be handed the same port: engines check that the
 * listener that answers is theirs (port-owner.ts).
 */
export const freePort = async (): Promise<number> => {
  const now = Date.now();
  for (const [port, at] of handedOut) if (now - at > HANDED_OUT_MS) handedOut.delete(port);
  for (let attempt = 0; ; attempt++) {
    const port = await askKernel();
    if (!handedOut.has(port) || attempt >= 20) {
      handedOut.set(port, now);
      return port;
    }
  }
};

/** The kernel's range for ephemeral ports (outgoing connections' local ports among them); Linux's default otherwise. */
const ephemeralRange = (): [number, number] => {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low && high) return [low, high];
  } catch {
    /* not Linux */
  }
  return [32768, 60999];
};

const canListen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/**
 * A free loopback port below the ephemeral range, like the 3000 a user gives `npm start`: for a server that
 * must come back on the same port after a restart. An ephemeral port may meanwhile be taken as the local port
 * of any outgoing connection on the machine (a loaded CI run saw the restart refused with EADDRINUSE).
 */
export const freePortOutsideEphemeralRange = async (): Promise<number> => {
  const [low] = ephemeralRange();
  const floor = 20_000;
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = floor + Math.floor(Math.random() * Math.max(1, low - floor));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port between ${floor} and ${low}`);
};
