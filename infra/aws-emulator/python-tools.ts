/**
 * `npm run emulator:install` (or ensurePythonTools() from a test setup): the project's Python tools (moto's
 * AWS emulator and cfn-lint, pinned in requirements.txt) installed from PyPI into `.venv`, which git ignores.
 * A stamp holding the requirements' hash makes it a no-op once done, and a reinstall when the pins change.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDirectoryLock } from '../local/directory-lock';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const requirementsFile = fileURLToPath(new URL('./requirements.txt', import.meta.url));
export const venvDir = process.env.PAAS_VENV_DIR ?? join(repoRoot, '.venv');
const stampFile = join(venvDir, '.requirements-sha256');
const minimumPython = [3, 9] as const;

export const pythonTool = (name: 'moto_server' | 'cfn-lint' | 'python'): string => join(venvDir, 'bin', name);

const requirementsHash = () => createHash('sha256').update(readFileSync(requirementsFile)).digest('hex');
const installed = () => existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === requirementsHash();

const findPython = (): string => {
  for (const candidate of [process.env.PYTHON, 'python3', 'python'].filter((c): c is string => Boolean(c))) {
    const result = spawnSync(candidate, ['-c', 'import sys, venv; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
    const [major, minor] = (result.error || result.status !== 0 ? '0.0' : result.stdout.trim()).split('.').map(Number) as [number, number];
    if (major > minimumPython[0] || (major === minimumPython[0] && minor >= minimumPython[1])) return candidate;
  }
  throw new Error(
    `The AWS emulator suites need Python ${minimumPython.join('.')}+ with its venv module (python3 not found, or too old); ` +
      'on Debian: apt-get install python3 python3-venv',
  );
};

const run = (command: string, args: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.split('\n').slice(-15).join('\n')}`)),
    );
  });

export const ensurePythonTools = async (options: { log?: (line: string) => void } = {}): Promise<{ venvDir: string; installedNow: boolean }> => {
  const log = options.log ?? (() => {});
  if (installed()) {
    log(`moto and cfn-lint are installed: ${venvDir}`);
    return { venvDir, installedNow: false };
  }
  const python = findPython();
  return withDirectoryLock(join(venvDir, '..'), '.venv.lock', log, async () => {
    if (installed()) return { venvDir, installedNow: false }; // done by whoever held the lock
    log(`installing ${readFileSync(requirementsFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).join(', ')} into ${venvDir}`);
    rmSync(venvDir, { recursive: true, force: true });
    await run(python, ['-m', 'venv', venvDir]);
    await run(pythonTool('python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirementsFile]);
    writeFileSync(stampFile, requirementsHash());
    log('installed');
    return { venvDir, installedNow: true };
  });
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensurePythonTools({ log: (line) => console.log(line) }).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
