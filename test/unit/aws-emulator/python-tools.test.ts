import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = new URL('../../../', import.meta.url).pathname;
const emptyVenv = mkdtempSync(join(tmpdir(), 'paas-venv-'));
// A PATH with node on it and nothing else, wherever node is installed (/usr/bin would bring python3 along).
const nodeOnly = mkdtempSync(join(tmpdir(), 'paas-node-only-'));
mkdirSync(join(nodeOnly, 'bin'));
symlinkSync(process.execPath, join(nodeOnly, 'bin', 'node'));
afterAll(() => {
  rmSync(emptyVenv, { recursive: true, force: true });
  rmSync(nodeOnly, { recursive: true, force: true });
});

/** `npm run emulator:install` as its script runs it, on a machine whose PATH has node and nothing else. */
const installWithout = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'infra/aws-emulator/python-tools.ts'], {
    cwd: repo,
    encoding: 'utf8',
    env: { PATH: join(nodeOnly, 'bin'), HOME: process.env.HOME ?? tmpdir(), PAAS_VENV_DIR: join(emptyVenv, '.venv'), ...env },
  });

describe('npm run emulator:install without Python', () => {
  it('stops with one message saying what to install, and creates nothing', () => {
    const result = installWithout({});
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'The AWS emulator suites need Python 3.9+ with its venv module (python3 not found, or too old); on Debian: apt-get install python3 python3-venv',
    ]);
    expect(spawnSync('ls', ['-A', emptyVenv], { encoding: 'utf8' }).stdout).toBe('');
  });

  it('says the same of a PYTHON that is not a Python', () => {
    const result = installWithout({ PYTHON: '/bin/false' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('need Python 3.9+');
  });
});
