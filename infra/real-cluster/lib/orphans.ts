import { appendFileSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../../local/process-alive';

/**
 * Children run in their own process groups, so when the Node process that started them is killed with
 * SIGKILL (or crashes past its exit handler) they keep running, holding ports and memory. Each owner
 * records its children's pids in a file named after its own pid; the next start kills those whose owner
 * is gone.
 */
const registryDir = join(tmpdir(), 'paas-real-cluster.owners');
const ownFile = () => join(registryDir, String(process.pid));


export const rememberChild = (pid: number) => {
  mkdirSync(registryDir, { recursive: true });
  appendFileSync(ownFile(), `${pid}\n`);
};

export const forgetChild = (pid: number) => {
  try {
    const rest = readFileSync(ownFile(), 'utf8').split('\n').filter((line) => line && line !== String(pid));
    if (rest.length === 0) rmSync(ownFile(), { force: true });
    else writeFileSync(ownFile(), `${rest.join('\n')}\n`);
  } catch {
    /* nothing recorded */
  }
};

/** Kills the process groups of binaries from `binDir` whose owner died; returns how many. */
export const reapOrphans = (binDir: string): number => {
  let reaped = 0;
  let owners: string[] = [];
  try {
    owners = readdirSync(registryDir);
  } catch {
    return 0;
  }
  for (const owner of owners) {
    if (isAlive(Number(owner))) continue;
    const file = join(registryDir, owner);
    for (const pid of readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number)) {
      let exe = '';
      try {
        exe = readlinkSync(`/proc/${pid}/exe`);
      } catch {
        continue; // gone, or not ours to inspect
      }
      if (!exe.startsWith(binDir)) continue; // the pid was reused by something else
      try {
        process.kill(-pid, 'SIGKILL');
        reaped++;
      } catch {
        /* already gone */
      }
    }
    rmSync(file, { force: true });
  }
  return reaped;
};
