import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ctrlC, groupAlive, type NpmRun, npmRuns } from '../../support/npm-runs';
import { processesWhere } from '../../support/processes';

const dataDir = mkdtempSync(join(tmpdir(), 'paas-start-emulator-'));
const privateTmp = mkdtempSync(join(tmpdir(), 'paas-start-emulator-tmp-'));
const npm = npmRuns(dataDir, { env: { TMPDIR: privateTmp } });
/** The moto server listening on the port of the banner's endpoint (started with `-p <port>`). */
const motoOn = (port: string) => processesWhere((argv) => argv.some((arg) => arg.endsWith('moto_server')) && argv[argv.indexOf('-p') + 1] === port);

afterAll(async () => {
  await npm.stopAll();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(privateTmp, { recursive: true, force: true });
});

/** `npm run -s admin-sign-in -- …` to its end: what it printed on stdout (the token) and on stderr. */
const signIn = async (args: string[]) => {
  const run: NpmRun = npm.run(['run', '-s', 'admin-sign-in', '--', '--data-dir', dataDir, ...args]);
  const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
  const output = run.output();
  return { code, output, token: /^(eyJ[\w-]+\.[\w-]+\.[\w-]+)$/m.exec(output)?.[1], totpSecret: /--totp-secret from now on\): (\S+)/.exec(output)?.[1] };
};

describe('npm start -- --aws-emulator, and npm run admin-sign-in', () => {
  it('an administrator made on the emulator’s Cognito signs in with a password (then a TOTP code) and opens the admin routes; Ctrl-C stops moto too', async () => {
    const started = await npm.start({ args: ['--aws-emulator', '--fresh'] });
    const [, motoPort] = /AWS emulator\s+http:\/\/127\.0\.0\.1:(\d+) \(moto\): admin pool us-east-1_\w+/.exec(started.output()) ?? [];
    expect(motoOn(motoPort!), started.output()).toHaveLength(1);
    const stats = (token?: string) => fetch(`${started.api}/v1/admin/stats`, { headers: { authorization: `Bearer ${token}` } });

    const first = await signIn(['--create', '--email', 'ops@example.com', '--password', 'Temp-Passw0rd-1', '--new-password', 'Correct-Horse-Battery-9']);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('Created administrator ops@example.com in ADMINISTRATOR');
    expect((await stats(first.token)).status).toBe(200);

    const withoutCode = await signIn(['--email', 'ops@example.com', '--password', 'Correct-Horse-Battery-9']);
    expect(withoutCode).toMatchObject({ code: 1, token: undefined });
    expect(withoutCode.output).toContain('give --totp-secret');

    const later = await signIn(['--email', 'ops@example.com', '--password', 'Correct-Horse-Battery-9', '--totp-secret', first.totpSecret!]);
    expect(later.code, later.output).toBe(0);
    expect((await stats(later.token)).status).toBe(200);

    const wrong = await signIn(['--email', 'ops@example.com', '--password', 'Not-The-Password-1']);
    expect(wrong).toMatchObject({ code: 1, token: undefined });
    expect(wrong.output).toContain('NotAuthorizedException');
    expect(wrong.output).not.toContain('Not-The-Password-1');

    const usage = await signIn([]);
    expect(usage.code).toBe(2);
    expect(usage.output).toContain('Usage: npm run admin-sign-in');

    await ctrlC(started, () => motoOn(motoPort!).length === 0, 60_000);
    expect(motoOn(motoPort!)).toEqual([]);
    expect(groupAlive(started.child.pid!)).toBe(false);
    expect(started.output()).toContain('SIGINT: stopping');
  }, 240_000);
});
