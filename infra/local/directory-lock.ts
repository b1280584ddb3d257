import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './process-alive';

const ownerOf = (lock: string): number => {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8').trim() || 0);
  } catch {
    return 0; // just made, its pid not yet written
  }
};

/**
 * One builder at a time per directory: `npm test` starts both test projects' global setups, and on a fresh
 * machine both find the same cache empty. The lock is a directory (mkdir is atomic) holding the builder's pid;
 * a lock whose builder died is taken over. Whoever waited finds the work done when its turn comes.
 */
export const withDirectoryLock = async <T>(dir: string, name: string, log: (line: string) => void, work: () => Promise<T>): Promise<T> => {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, name);
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = ownerOf(lock);
      if (owner && !isAlive(owner)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!told) log(`another process (pid ${owner || '?'}) holds ${lock}; waiting for it`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
};
