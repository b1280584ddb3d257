import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/**
 * Who listens on a port, read from Linux's /proc. An engine started on a port from `freePort()` may lose that
 * port to another engine started at the same moment (the kernel hands the same free port to both before
 * either binds); the loser exits, but a readiness probe sent before it does is answered by the winner, and a
 * test then runs against another test's engine. Checking that the answering socket is our own child's closes
 * that gap.
 */

const LISTEN = '0A';

/** Inodes of the TCP sockets listening on `port` (IPv4 and IPv6). */
const listeningInodes = (port: number): Set<string> => {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      if (fields.length < 10 || fields[3] !== LISTEN) continue;
      const localPort = Number.parseInt(fields[1]!.split(':').pop()!, 16);
      if (localPort === port) inodes.add(fields[9]!);
    }
  }
  return inodes;
};

/** `pid` and every process below it (a watchdog shell's engine, a launcher's JVM). */
const processTree = (pid: number): number[] => {
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) {
    const current = tree[index]!;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(/\s+/).map(Number));
      } catch {
        /* the task ended */
      }
    }
  }
  return tree;
};

const socketInodesOf = (pid: number): Set<string> => {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]!);
    } catch {
      /* the descriptor closed */
    }
  }
  return inodes;
};

/**
 * Who listens on `port`: the process `pid` (or one below it), another process, nobody yet; `unknown` where
 * /proc cannot tell (not Linux), and the caller then trusts its probe, as before.
 */
export const portListener = (pid: number, port: number): 'ours' | 'another' | 'none' | 'unknown' => {
  try {
    readFileSync('/proc/net/tcp', 'utf8');
  } catch {
    return 'unknown';
  }
  const listening = listeningInodes(port);
  if (listening.size === 0) return 'none';
  const ours = processTree(pid).some((member) => [...socketInodesOf(member)].some((inode) => listening.has(inode)));
  return ours ? 'ours' : 'another';
};

/** Thrown when an engine's port was taken by another process before the engine could bind it. */
export class PortTakenError extends Error {
  constructor(name: string, port: number) {
    super(`${name} could not have port ${port}: another process listens on it (a port handed to two starts at once)`);
    this.name = 'PortTakenError';
  }
}

/**
 * Starts an engine on a port of its own: with a port the caller chose, once; with none, on a fresh free port,
 * again on another when the first was taken meanwhile (PortTakenError).
 */
export const startOnFreePort = async <T>(chosenPort: number | undefined, freePort: () => Promise<number>, start: (port: number) => Promise<T>): Promise<T> => {
  if (chosenPort !== undefined) return start(chosenPort);
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= 3) throw error;
    }
  }
};
