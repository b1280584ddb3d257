import { readdirSync, readFileSync } from 'node:fs';

/**
 * Processes of this machine found by their command line (/proc), for the fault suites: which DynamoDB Local
 * serves a port or a data folder, and whether a process is still there. Linux only, as the suites are.
 */
const commandLine = (pid: number): string[] | undefined => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
};

/** Every live process whose command line passes `matches` (zombies aside: they hold nothing). */
export const processesWhere = (matches: (argv: string[]) => boolean): number[] =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      const argv = commandLine(pid);
      return argv !== undefined && argv.length > 0 && matches(argv) && isAlive(pid);
    });

/** Alive and not a zombie (a killed process nobody has reaped yet is no longer running). */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

/** The scheduler state of each of the process's threads (R running, S sleeping, D in the kernel, T stopped, …). */
const threadStates = (pid: number): string[] =>
  readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2);
  });

/**
 * Every thread of the process is stopped. `kill(SIGSTOP)` returns before that: a thread busy in the kernel
 * (a page fault, a write) stops only when it gets back to user space.
 */
export const isFrozen = (pid: number): boolean => threadStates(pid).every((state) => state === 'T' || state === 't');

const isDynamoDbLocal = (argv: string[]) => argv.some((arg) => arg.includes('DynamoDBLocal'));

/** The DynamoDB Local Java process listening on the endpoint's port (started with `-port <port>`). */
export const dynamoDbLocalPidFor = (endpoint: string): number => {
  const port = new URL(endpoint).port;
  const pids = processesWhere((argv) => isDynamoDbLocal(argv) && argv[argv.indexOf('-port') + 1] === port);
  if (pids.length !== 1) throw new Error(`expected one DynamoDB Local on port ${port}, found ${pids.length}`);
  return pids[0]!;
};

/** DynamoDB Local processes keeping their data in (or below) this folder. */
export const dynamoDbLocalPidsIn = (dataDir: string): number[] => processesWhere((argv) => isDynamoDbLocal(argv) && argv.some((arg) => arg.startsWith(dataDir)));
