import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * A MariaDB server from Debian's packages (`mariadb-server`), run as a process of the test's own: a fresh data
 * directory, a unix socket and no TCP listener, so nothing of the machine's (or another test file's) is
 * touched. `mariadb-install-db` makes the system tables in well under a second; the server is up in about one.
 */
export interface MariaDb {
  /** The server's unix socket (DB_SOCKET of the scripts). */
  socket: string;
  /**
   * Runs SQL through the `mariadb` client and returns its tab-separated output, no header: as root, or as
   * `as` (the app user, so that what it creates has it as DEFINER, as when the app's migrations run).
   */
  sql(statements: string, options?: { database?: string; as?: { user: string; password: string } }): Promise<string>;
  /** A database and a user holding ALL on it, as the official image's MARIADB_USER (templates/database.ts). */
  createAppDatabase(database: string, user: string, password: string): Promise<void>;
  /** A `mariadb` client as root, to feed statements on stdin (a writer standing in for the app). */
  client(database: string): ChildProcess;
  stop(): Promise<void>;
}

const sqlString = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

export const startMariaDb = async (): Promise<MariaDb> => {
  const dir = mkdtempSync(join(tmpdir(), 'paas-mariadb-'));
  const dataDir = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  // Whoever runs the tests: root on CI machines (then the server must be told it may run as root), or not.
  const user = userInfo().username;
  await execFileAsync('mariadb-install-db', ['--no-defaults', `--datadir=${dataDir}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db'], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: Error & { stderr?: string }) => {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`mariadb-install-db failed (is mariadb-server installed?): ${error.stderr ?? error.message}`);
  });
  const server = spawn(
    // Debian puts the server in /usr/sbin, which a non-root user's PATH often lacks.
    existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd',
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--user=${user}`,
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      `--log-error=${join(dir, 'error.log')}`,
      // A test server: a commit need not reach the disk, and the writers here commit thousands of times.
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-buffer-pool-size=128M',
    ],
    { stdio: 'ignore' },
  );
  const onExit = () => server.kill('SIGKILL');
  process.once('exit', onExit);
  const client = ['--no-defaults', `--socket=${socket}`, '--batch', '--raw', '--skip-column-names', '--default-character-set=utf8mb4'];
  const root = [...client, '--user=root'];
  // Statements go on stdin: a seed of a few thousand rows is past the kernel's limit for one argument.
  const sql: MariaDb['sql'] = (statements, options = {}) =>
    new Promise((resolve, reject) => {
      const args = [...client, `--user=${options.as?.user ?? 'root'}`, ...(options.database ? [`--database=${options.database}`] : [])];
      // The client takes MYSQL_PWD from its environment: the test's own password stays off its command line too.
      const env = options.as ? { ...process.env, MYSQL_PWD: options.as.password } : process.env;
      const child = spawn('mariadb', args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(stdout).toString('utf8')) : reject(new Error(`mariadb exited ${code}: ${stderr.trim()}`))));
      // A client that exits before reading every statement (a refused login) closes its stdin under the
      // write: that EPIPE is not the failure, its exit code and stderr are ('close' above reports them).
      child.stdin.on('error', () => undefined);
      child.stdin.end(statements);
    });
  const stop = async () => {
    process.off('exit', onExit);
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) {
      const log = (() => {
        try {
          return readFileSync(join(dir, 'error.log'), 'utf8').slice(-2000);
        } catch {
          return '';
        }
      })();
      await stop();
      throw new Error(`mariadbd exited with code ${server.exitCode}:\n${log}`);
    }
    try {
      await sql('SELECT 1');
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`mariadbd did not accept connections on ${socket} within 60 s: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    socket,
    sql,
    async createAppDatabase(database, appUser, password) {
      await sql(
        [
          `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
          // '%' as the image makes it; over the socket it matches localhost too (no anonymous users here).
          `CREATE USER '${appUser}'@'%' IDENTIFIED BY ${sqlString(password)}`,
          `GRANT ALL ON \`${database}\`.* TO '${appUser}'@'%'`,
        ].join(';\n'),
      );
    },
    client: (database) => spawn('mariadb', [...root, `--database=${database}`], { stdio: ['pipe', 'ignore', 'pipe'] }),
    stop,
  };
};
