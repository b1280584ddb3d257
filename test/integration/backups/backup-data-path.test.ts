/**
 * Issue 18, "the data path proven for real on this machine": the backup Job's own scripts
 * (backup-job/bin/paas-backup and paas-restore, run with bash and only the contract's variables, as the Job's
 * container runs them) against MariaDB from Debian's packages, a files volume and an n8n-style SQLite file
 * under concurrent writes, into moto's S3 through presigned links. Every engine is started here and stopped
 * after: MariaDB as a process with its own data directory and socket (support/mariadb.ts), moto per file.
 * No timing is asserted; "concurrent" is made true by writers that run until the backup has returned.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, lchownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useMoto } from '../../aws-emulator/support/moto';
import { type ArchiveBucket, archiveBucket, runJobScript, type ScriptRun, sha256Hex } from './support/backup-job';
import { listTree } from './support/file-tree';
import { type MariaDb, startMariaDb } from './support/mariadb';
import { payloadOf, writerScript } from './support/sqlite-writer';

const execFileAsync = promisify(execFile);
const emulator = useMoto();

/** Every character an options file or a shell could trip on. */
const APP_PASSWORD = `pa$$ "w0rd" #1 \\ 'q' ü`;
const isRoot = process.getuid?.() === 0;

let db: MariaDb;
let bucket: ArchiveBucket;
const scratch: string[] = [];
const running: ChildProcess[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `paas-backup-${name}-`));
  scratch.push(dir);
  return dir;
};

beforeAll(async () => {
  db = await startMariaDb();
  bucket = await archiveBucket(emulator().endpoint);
}, 120_000);

afterAll(async () => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db?.stop();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Nothing a script prints may hold the database password or a presigned URL's credentials. */
const expectNothingSecret = (run: ScriptRun) => {
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toContain(APP_PASSWORD);
    expect(text).not.toMatch(/X-Amz-(Signature|Credential|Security-Token)/i);
  }
};

const expectSucceeded = (run: ScriptRun) => {
  if (run.code !== 0) throw new Error(`exit ${run.code}:\n${run.stderr}`);
  expectNothingSecret(run);
};

/** The archive's members, extracted by the same tools a person would use (zstd, tar). */
const extractArchive = (archive: Uint8Array, into: string) => {
  const result = spawnSync('bash', ['-c', 'zstd -d -q -c | tar -x -f - -C "$1"', 'bash', into], { input: archive });
  if (result.status !== 0) throw new Error(`extracting the archive failed: ${result.stderr.toString()}`);
};

/**
 * The sqlite3 shell on a file, with a busy timeout: the writer may hold a lock for a moment. Only the final
 * line breaks are cut, not spaces: a row's payload ends with one when n is a multiple of 97 (payloadOf), and
 * trimming it made the comparison of the last row fail whenever the copy ended on such a row.
 */
const sqlite = async (file: string, sql: string) =>
  (await execFileAsync('sqlite3', ['-batch', '-noheader', file, '.timeout 10000', sql], { maxBuffer: 64 * 1024 * 1024 })).stdout.replace(/\n+$/, '');

const stopProcess = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
};

const waitUntil = async (what: string, check: () => Promise<boolean>) => {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('MariaDB', () => {
  const ACCOUNTS = 200;
  const SEED_ENTRIES = 3000;
  const DOCUMENTS = 300;
  const accountOf = (i: number) => (i % ACCOUNTS) + 1;
  const amountOf = (i: number) => ((i * 7919) % 1999) - 999;
  const ownerOf = (id: number) => `Zoë Ünïcødé ${id} — 账户 🚀 "q" \\ 'x'`;
  const documentBody = (id: number) => {
    const chunks: Buffer[] = [];
    for (let k = 0; k < 1 + (id % 16); k++) chunks.push(createHash('sha256').update(`document ${id} chunk ${k}`).digest());
    return Buffer.concat([Buffer.from([0, 255, 10, 13, 39, 92]), ...chunks]);
  };
  const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

  it('restores a snapshot taken while a writer commits transfers: every row of it, the invariant holding, stray objects gone', async () => {
    const app = { user: 'app', password: APP_PASSWORD };
    await db.createAppDatabase('app', 'app', APP_PASSWORD);
    // The schema as the app's migrations make it: as the app user, so the app user is the DEFINER.
    await db.sql(
      `CREATE TABLE accounts (id INT PRIMARY KEY, owner VARCHAR(200) NOT NULL, balance BIGINT NOT NULL DEFAULT 0) ENGINE=InnoDB;
       CREATE TABLE entries (id BIGINT AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL, amount BIGINT NOT NULL, memo VARCHAR(200),
         CONSTRAINT entries_account FOREIGN KEY (account_id) REFERENCES accounts (id)) ENGINE=InnoDB;
       CREATE TABLE documents (id INT PRIMARY KEY, account_id INT NOT NULL, title TEXT NOT NULL, body MEDIUMBLOB NOT NULL,
         CONSTRAINT documents_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE) ENGINE=InnoDB;
       CREATE VIEW account_totals AS SELECT account_id, SUM(amount) AS total FROM entries GROUP BY account_id;
       CREATE TRIGGER entries_memo BEFORE INSERT ON entries FOR EACH ROW SET NEW.memo = COALESCE(NEW.memo, 'none');
       CREATE FUNCTION cents(x BIGINT) RETURNS VARCHAR(40) DETERMINISTIC RETURN CONCAT(x DIV 100, '.', LPAD(ABS(x) MOD 100, 2, '0'));`,
      { database: 'app', as: app },
    );
    const accounts = Array.from({ length: ACCOUNTS }, (_, k) => `(${k + 1}, ${quote(ownerOf(k + 1))})`);
    const seedEntries = Array.from({ length: SEED_ENTRIES }, (_, k) => `(${accountOf(k)}, ${amountOf(k + 100_000)}, ${quote(`seed ${k + 1} ✓ naïve`)})`);
    const documents = Array.from({ length: DOCUMENTS }, (_, k) => `(${k + 1}, ${accountOf(k)}, ${quote(`Dokument ${k + 1} — ƒ ☃`)}, X'${documentBody(k + 1).toString('hex')}')`);
    await db.sql(
      `INSERT INTO accounts (id, owner) VALUES ${accounts.join(',')};
       INSERT INTO entries (account_id, amount, memo) VALUES ${seedEntries.join(',')};
       UPDATE accounts a SET balance = (SELECT COALESCE(SUM(amount), 0) FROM entries e WHERE e.account_id = a.id);
       INSERT INTO documents (id, account_id, title, body) VALUES ${documents.join(',')};`,
      { database: 'app', as: app },
    );
    const documentsHash = sha(await db.sql('SELECT id, account_id, title, HEX(body) FROM documents ORDER BY id', { database: 'app' }));
    const seedEntriesHash = sha(await db.sql(`SELECT id, account_id, amount, memo FROM entries WHERE id <= ${SEED_ENTRIES} ORDER BY id`, { database: 'app' }));
    const ownersHash = sha(await db.sql('SELECT id, owner FROM accounts ORDER BY id', { database: 'app' }));
    const broken = async () => Number(await db.sql('SELECT COUNT(*) FROM accounts a WHERE a.balance <> (SELECT COALESCE(SUM(amount), 0) FROM entries e WHERE e.account_id = a.id)', { database: 'app' }));
    expect(await broken()).toBe(0);

    // The app keeps working during the backup: transfer i adds an entry and moves its account's balance by
    // the same amount in one transaction, so a snapshot that is not one point in time breaks the invariant.
    const writer = db.client('app');
    running.push(writer);
    writer.stdin!.on('error', () => {}); // EPIPE once it is killed
    const transfers = function* () {
      for (let i = 1; i <= 2_000_000; i++) {
        yield `START TRANSACTION; INSERT INTO entries (account_id, amount, memo) VALUES (${accountOf(i)}, ${amountOf(i)}, 'writer ${i} ✓'); UPDATE accounts SET balance = balance + ${amountOf(i)} WHERE id = ${accountOf(i)}; COMMIT;\n`;
      }
    };
    Readable.from(transfers()).pipe(writer.stdin!);
    const lastEntry = async () => Number(await db.sql('SELECT COALESCE(MAX(id), 0) FROM entries', { database: 'app' }));
    await waitUntil('the writer to commit', async () => (await lastEntry()) > SEED_ENTRIES + 200);

    const workDir = tempDir('work');
    const links = await bucket.links('mysql');
    const mysqlEnv = { BACKUP_COMPONENTS: 'mysql', DB_SOCKET: db.socket, DB_NAME: 'app', DB_USER: 'app', DB_PASSWORD: APP_PASSWORD, WORK_DIR: workDir };
    const before = await lastEntry();
    const backup = await runJobScript('backup', { ...mysqlEnv, ...links.backupEnv });
    const after = await lastEntry();
    // Committing before the backup started and after it returned, the writer never paused in between.
    await waitUntil('the writer to go on after the backup', async () => (await lastEntry()) > after);
    await stopProcess(writer);
    expectSucceeded(backup);
    expect(backup.result).toMatchObject({ formatVersion: 1, components: ['mysql'] });
    // The options file with the password went with the run's own directory.
    expect(readdirSync(workDir)).toEqual([]);

    // What a bad upgrade or a mistaken click does: a table gone, rows changed, objects that were not there.
    await db.sql(
      `DROP TABLE documents; DROP VIEW account_totals; DROP FUNCTION cents;
       UPDATE accounts SET owner = 'changed', balance = -1 WHERE id <= 50;
       DELETE FROM entries WHERE id % 3 = 0;
       CREATE TABLE stray (id INT PRIMARY KEY, note TEXT);
       INSERT INTO stray VALUES (1, 'must vanish');
       CREATE TABLE stray_child (id INT PRIMARY KEY, account_id INT, FOREIGN KEY (account_id) REFERENCES accounts (id));
       INSERT INTO stray_child VALUES (1, 1);
       CREATE VIEW stray_view AS SELECT id FROM stray;
       CREATE PROCEDURE stray_procedure() SELECT 1;
       CREATE EVENT stray_event ON SCHEDULE EVERY 1 DAY DO DELETE FROM stray;`,
      { database: 'app' },
    );

    const restore = await runJobScript('restore', { ...mysqlEnv, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: String(backup.result!.sha256) });
    expectSucceeded(restore);
    expect(restore.result).toMatchObject({ formatVersion: 1, restored: ['mysql'], sha256: backup.result!.sha256, sizeBytes: backup.result!.sizeBytes });

    expect(await db.sql('SHOW FULL TABLES', { database: 'app' })).toBe('account_totals\tVIEW\naccounts\tBASE TABLE\ndocuments\tBASE TABLE\nentries\tBASE TABLE\n');
    expect(await db.sql("SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'app'")).toBe('cents\n');
    expect(await db.sql("SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = 'app'")).toBe('0\n');
    expect(await db.sql("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'app'")).toBe('entries_memo\n');
    expect(await db.sql('SELECT cents(-12345), cents(700)', { database: 'app' })).toBe('-123.45\t7.00\n');
    expect(sha(await db.sql('SELECT id, account_id, title, HEX(body) FROM documents ORDER BY id', { database: 'app' }))).toBe(documentsHash);
    expect(sha(await db.sql('SELECT id, owner FROM accounts ORDER BY id', { database: 'app' }))).toBe(ownersHash);
    expect(await db.sql('SELECT owner FROM accounts WHERE id = 7', { database: 'app' })).toBe(`${ownerOf(7)}\n`);
    expect(sha(await db.sql(`SELECT id, account_id, amount, memo FROM entries WHERE id <= ${SEED_ENTRIES} ORDER BY id`, { database: 'app' }))).toBe(seedEntriesHash);

    // The snapshot: the writer's transfers 1..k, every one complete, for one k between the two readings.
    const written = (await db.sql(`SELECT id, account_id, amount, memo FROM entries WHERE id > ${SEED_ENTRIES} ORDER BY id`, { database: 'app' })).trimEnd().split('\n');
    const snapshot = SEED_ENTRIES + written.length;
    expect(snapshot).toBeGreaterThanOrEqual(before);
    expect(snapshot).toBeLessThanOrEqual(after);
    written.forEach((line, index) => {
      const i = index + 1;
      expect(line).toBe(`${SEED_ENTRIES + i}\t${accountOf(i)}\t${amountOf(i)}\twriter ${i} ✓`);
    });
    expect(await broken()).toBe(0);
  }, 180_000);
});

describe('files volume', () => {
  it('restores nested directories, binary data, modes, owners, symlinks and hard links; excluded paths and lost+found are left as they are', async () => {
    const volume = tempDir('volume');
    const at = (path: string) => join(volume, path);
    mkdirSync(at('docs/nested/deep'), { recursive: true });
    mkdirSync(at('docs/nested/empty'), { recursive: true });
    writeFileSync(at('docs/nested/deep/readme.md'), 'Grüße, 世界 🌍\n'.repeat(200));
    mkdirSync(at('images'));
    writeFileSync(at('images/photo.bin'), randomBytes(2 * 1024 * 1024));
    linkSync(at('images/photo.bin'), at('images/photo-hardlink.bin'));
    mkdirSync(at('scripts'));
    writeFileSync(at('scripts/run.sh'), '#!/bin/sh\necho hi\n', { mode: 0o755 });
    chmodSync(at('scripts/run.sh'), 0o755);
    writeFileSync(at('secret.key'), randomBytes(64));
    chmodSync(at('secret.key'), 0o600);
    mkdirSync(at('shared'));
    chmodSync(at('shared'), 0o2775);
    writeFileSync(at('name with spaces & ünïcödé.txt'), 'ok\n');
    writeFileSync(at('.hidden'), 'dotfile\n');
    symlinkSync('docs/nested/deep/readme.md', at('link-to-readme'));
    symlinkSync('/nonexistent/target', at('dangling-link'));
    mkdirSync(at('readonly'));
    writeFileSync(at('readonly/frozen.txt'), 'frozen\n');
    chmodSync(at('readonly/frozen.txt'), 0o444);
    chmodSync(at('readonly'), 0o555);
    if (isRoot) {
      // The app's own uid and gid, not this machine's users: stored and restored as numbers.
      chownSync(at('secret.key'), 1234, 5678);
      chownSync(at('shared'), 0, 5678);
      lchownSync(at('link-to-readme'), 1234, 5678);
    }
    mkdirSync(at('cache'));
    writeFileSync(at('cache/tmp.bin'), 'cache at backup time');
    writeFileSync(at('top-excluded.db'), 'excluded at backup time');
    mkdirSync(at('lost+found'));
    writeFileSync(at('lost+found/#1234'), 'fsck found this');
    const backedUp = (path: string) => path === 'lost+found' || path === 'cache/tmp.bin' || path === 'top-excluded.db';
    const expected = listTree(volume, backedUp);

    const workDir = tempDir('work');
    const links = await bucket.links('files');
    const filesEnv = { BACKUP_COMPONENTS: 'files', FILES_DIR: volume, FILES_EXCLUDE: 'cache/tmp.bin, ./top-excluded.db', WORK_DIR: workDir };
    const backup = await runJobScript('backup', { ...filesEnv, ...links.backupEnv });
    expectSucceeded(backup);
    const archive = await bucket.read(links.archiveKey);
    const unpacked = tempDir('unpacked');
    extractArchive(archive, unpacked);
    expect(existsSync(join(unpacked, 'files/docs/nested/deep/readme.md'))).toBe(true);
    for (const left of ['files/lost+found', 'files/cache/tmp.bin', 'files/top-excluded.db']) expect(existsSync(join(unpacked, left))).toBe(false);
    expect(JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')).components[0].excluded).toEqual(['cache/tmp.bin', 'top-excluded.db']);

    // Deleted, changed, added, re-pointed, re-owned: all of it must go back to the backup's state.
    chmodSync(at('readonly'), 0o755);
    writeFileSync(at('readonly/new.txt'), 'new');
    rmSync(at('docs/nested'), { recursive: true });
    mkdirSync(at('docs/extra'));
    writeFileSync(at('docs/extra/file.txt'), 'extra');
    writeFileSync(at('images/photo.bin'), randomBytes(1024));
    chmodSync(at('secret.key'), 0o644);
    if (isRoot) chownSync(at('secret.key'), 0, 0);
    rmSync(at('link-to-readme'));
    symlinkSync('images/photo.bin', at('link-to-readme'));
    writeFileSync(at('new-file.txt'), 'not in the backup');
    writeFileSync(at('cache/tmp.bin'), 'cache at restore time');
    writeFileSync(at('top-excluded.db'), 'excluded at restore time');
    writeFileSync(at('lost+found/#5678'), 'found later');
    const lostAndFound = listTree(at('lost+found'));

    const restore = await runJobScript('restore', { ...filesEnv, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: String(backup.result!.sha256) });
    expectSucceeded(restore);
    expect(listTree(volume, backedUp)).toEqual(expected);
    expect(readFileSync(at('cache/tmp.bin'), 'utf8')).toBe('cache at restore time');
    expect(readFileSync(at('top-excluded.db'), 'utf8')).toBe('excluded at restore time');
    expect(listTree(at('lost+found'))).toEqual(lostAndFound);
    expect(readdirSync(workDir)).toEqual([]);
  }, 120_000);
});

describe('as the Job runs: a non-root uid without a home directory', () => {
  const JOB_USER = { uid: 10001, gid: 10001 };
  const chownTree = (root: string) => {
    const walk = (path: string) => {
      lchownSync(path, JOB_USER.uid, JOB_USER.gid);
      if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    };
    walk(root);
  };

  // Switching to another uid needs root; CI machines and this project's development containers run as root.
  it.skipIf(!isRoot)('restores read-only directories, private files and a WAL-mode SQLite file as that uid, and refuses up front what it could not replace', async () => {
    const volume = tempDir('job-user');
    const at = (path: string) => join(volume, path);
    mkdirSync(at('themes/casper'), { recursive: true });
    writeFileSync(at('themes/casper/index.hbs'), '{{!< default}}');
    writeFileSync(at('private.key'), randomBytes(32));
    chmodSync(at('private.key'), 0o600);
    await sqlite(at('database.sqlite'), "PRAGMA journal_mode = WAL; CREATE TABLE settings (k TEXT); INSERT INTO settings VALUES ('at backup time');");
    const workDir = tempDir('job-work');
    chownTree(volume);
    chownTree(workDir);
    // Read-only as the app left it: a directory of mode 0555 cannot be renamed by a non-root user as it is.
    chmodSync(at('themes/casper'), 0o555);
    const expected = listTree(volume, (path) => path === 'database.sqlite');

    const links = await bucket.links('job-user');
    const env = { BACKUP_COMPONENTS: 'files,sqlite', FILES_DIR: volume, SQLITE_PATH: at('database.sqlite'), WORK_DIR: workDir };
    const backup = await runJobScript('backup', { ...env, ...links.backupEnv }, { runAs: JOB_USER });
    expectSucceeded(backup);
    expect(backup.stderr).not.toContain('warning');

    chmodSync(at('themes/casper'), 0o755);
    writeFileSync(at('themes/casper/index.hbs'), 'changed');
    writeFileSync(at('private.key'), 'changed');
    await sqlite(at('database.sqlite'), "UPDATE settings SET k = 'changed';");
    chmodSync(at('themes/casper'), 0o555);
    const restoreEnv = { ...env, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: String(backup.result!.sha256) };

    // A read-only directory of another user could not be moved aside: refused before anything changes.
    mkdirSync(at('root-owned'));
    chmodSync(at('root-owned'), 0o555);
    const before = listTree(volume);
    const refused = await runJobScript('restore', restoreEnv, { runAs: JOB_USER });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('root-owned is a read-only directory of another user');
    expect(listTree(volume)).toEqual(before);
    rmSync(at('root-owned'), { recursive: true });

    const restore = await runJobScript('restore', restoreEnv, { runAs: JOB_USER });
    expectSucceeded(restore);
    expect(restore.stderr).not.toContain('warning');
    expect(listTree(volume, (path) => path === 'database.sqlite')).toEqual(expected);
    expect(lstatSync(at('database.sqlite')).uid).toBe(JOB_USER.uid);
    expect(await sqlite(at('database.sqlite'), 'SELECT k FROM settings;')).toBe('at backup time');
    expect(readdirSync(workDir)).toEqual([]);
  }, 60_000);
});

describe('n8n SQLite', () => {
  it('copies the database consistently under concurrent WAL writes; once the writer is stopped, the restore holds a gap-free prefix of its rows', async () => {
    const volume = tempDir('n8n');
    const database = join(volume, 'database.sqlite');
    writeFileSync(join(volume, 'config'), '{"encryptionKey":"at backup time"}');
    mkdirSync(join(volume, 'binaryData'));
    writeFileSync(join(volume, 'binaryData/execution-1'), randomBytes(10_000));

    const writer = spawn(process.execPath, ['--import', 'tsx', writerScript, database, '10000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(writer);
    let writerOutput = '';
    writer.stdout!.on('data', (chunk: Buffer) => (writerOutput += chunk.toString()));
    writer.stderr!.on('data', (chunk: Buffer) => (writerOutput += chunk.toString()));
    const lastRow = async () => Number((await sqlite(database, 'SELECT COALESCE(MAX(n), 0) FROM execution_entity;')) || 0);
    await waitUntil('the SQLite writer', async () => {
      if (writer.exitCode !== null) throw new Error(`the writer exited: ${writerOutput}`);
      return writerOutput.includes('ready') && (await lastRow()) > 10300;
    });

    const workDir = tempDir('work');
    const links = await bucket.links('n8n');
    // As the platform runs n8n's Job (shared/backups/backup-job.ts), less FILES_EXCLUDE: with the sqlite
    // component on, the script itself keeps the live database out of `files`.
    const n8nEnv = { BACKUP_COMPONENTS: 'sqlite,files', FILES_DIR: volume, SQLITE_PATH: database, WORK_DIR: workDir };
    const before = await lastRow();
    const backup = await runJobScript('backup', { ...n8nEnv, ...links.backupEnv });
    const after = await lastRow();
    await waitUntil('more rows after the backup', async () => (await lastRow()) > after + 100);
    // The app is stopped before a restore; killed, it leaves its WAL and shared-memory files behind.
    await stopProcess(writer);
    expectSucceeded(backup);
    expect(backup.result).toMatchObject({ components: ['files', 'sqlite'] });
    // (Not opened again until the restore: the last connection to close would checkpoint and delete it.)
    expect(existsSync(`${database}-wal`)).toBe(true);

    const unpacked = tempDir('unpacked');
    extractArchive(await bucket.read(links.archiveKey), unpacked);
    expect(readdirSync(join(unpacked, 'files')).sort()).toEqual(['binaryData', 'config']);
    const copy = join(unpacked, 'sqlite/database.sqlite');
    expect(await sqlite(copy, 'PRAGMA integrity_check;')).toBe('ok');
    const copied = Number(await sqlite(copy, 'SELECT MAX(n) FROM execution_entity;'));

    writeFileSync(join(volume, 'config'), '{"encryptionKey":"changed"}');
    const restore = await runJobScript('restore', { ...n8nEnv, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: String(backup.result!.sha256) });
    expectSucceeded(restore);
    expect(restore.result).toMatchObject({ restored: ['files', 'sqlite'] });
    // The old database's WAL is gone before anything opens the new one (it would be replayed into it).
    for (const leftover of ['-wal', '-shm', '-journal']) expect(existsSync(`${database}${leftover}`)).toBe(false);
    expect(readdirSync(volume).sort()).toEqual(['binaryData', 'config', 'database.sqlite']);
    expect(readFileSync(join(volume, 'config'), 'utf8')).toBe('{"encryptionKey":"at backup time"}');

    expect(await sqlite(database, 'PRAGMA integrity_check;')).toBe('ok');
    expect(await sqlite(database, 'PRAGMA journal_mode;')).toBe('wal');
    expect(await sqlite(database, 'PRAGMA user_version;')).toBe('42');
    const [count, first, last] = (await sqlite(database, 'SELECT COUNT(*), MIN(n), MAX(n) FROM execution_entity;')).split('|').map(Number);
    expect({ count, first }).toEqual({ count: last, first: 1 });
    expect(last).toBe(copied);
    expect(last).toBeGreaterThanOrEqual(before);
    expect(last).toBeLessThanOrEqual(after);
    const rows = (await sqlite(database, 'SELECT n, payload FROM execution_entity ORDER BY n;')).split('\n');
    rows.forEach((row, index) => expect(row).toBe(`${index + 1}|${payloadOf(index + 1)}`));
  }, 180_000);

  it('restoring only the files of such a backup leaves the live database alone: what a backup left out, its restore never deletes', async () => {
    const volume = tempDir('n8n-files-only');
    const database = join(volume, 'database.sqlite');
    writeFileSync(join(volume, 'config'), 'at backup time');
    await sqlite(database, "PRAGMA journal_mode = WAL; CREATE TABLE settings (k TEXT); INSERT INTO settings VALUES ('at backup time');");
    const workDir = tempDir('work');
    const links = await bucket.links('n8n-files-only');
    const backup = await runJobScript('backup', { BACKUP_COMPONENTS: 'sqlite,files', FILES_DIR: volume, SQLITE_PATH: database, WORK_DIR: workDir, ...links.backupEnv });
    expectSucceeded(backup);

    writeFileSync(join(volume, 'config'), 'changed');
    await sqlite(database, "UPDATE settings SET k = 'since the backup';");
    // Told nothing of the database: neither the sqlite component nor FILES_EXCLUDE.
    const restore = await runJobScript('restore', { BACKUP_COMPONENTS: 'files', FILES_DIR: volume, WORK_DIR: workDir, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: String(backup.result!.sha256) });
    expectSucceeded(restore);
    expect(readFileSync(join(volume, 'config'), 'utf8')).toBe('at backup time');
    expect(await sqlite(database, 'SELECT k FROM settings;')).toBe('since the backup');
  }, 60_000);

  it('backs up a SQLite file the app never created as absent, and restoring that backup removes none', async () => {
    const volume = tempDir('n8n-new');
    const database = join(volume, 'database.sqlite');
    const workDir = tempDir('work');
    const links = await bucket.links('n8n-empty');
    const env = { BACKUP_COMPONENTS: 'sqlite', SQLITE_PATH: database, WORK_DIR: workDir };
    const backup = await runJobScript('backup', { ...env, ...links.backupEnv });
    expectSucceeded(backup);
    expect(existsSync(database)).toBe(false);
    const unpacked = tempDir('unpacked');
    extractArchive(await bucket.read(links.archiveKey), unpacked);
    expect(JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')).components).toEqual([{ name: 'sqlite', files: 0, bytes: 0 }]);

    await sqlite(database, "CREATE TABLE settings (k TEXT); INSERT INTO settings VALUES ('since the backup');");
    const restore = await runJobScript('restore', { ...env, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: String(backup.result!.sha256) });
    expectSucceeded(restore);
    expect(restore.stderr).toContain('absent when the backup was taken');
    expect(await sqlite(database, 'SELECT k FROM settings;')).toBe('since the backup');
  }, 60_000);
});

describe('refusals', () => {
  const shop = { user: 'shop', password: APP_PASSWORD };
  let volume: string;
  let workDir: string;
  let shopEnv: Record<string, string>;

  beforeAll(async () => {
    await db.createAppDatabase('shop', 'shop', APP_PASSWORD);
    await db.sql("CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR(100)); INSERT INTO products VALUES (1, 'Käse'), (2, 'Brot');", { database: 'shop', as: shop });
    volume = tempDir('shop');
    mkdirSync(join(volume, 'uploads'));
    writeFileSync(join(volume, 'uploads/logo.png'), randomBytes(4096));
    workDir = tempDir('work');
    shopEnv = { BACKUP_COMPONENTS: 'mysql,files', DB_SOCKET: db.socket, DB_NAME: 'shop', DB_USER: 'shop', DB_PASSWORD: APP_PASSWORD, FILES_DIR: volume, WORK_DIR: workDir };
  });

  const state = async () => ({ products: await db.sql('SELECT * FROM products ORDER BY id', { database: 'shop' }), files: listTree(volume) });

  it('refuses a tampered archive (a wrong EXPECTED_SHA256, or other bytes uploaded in its place) with exit 3 and changes nothing', async () => {
    const links = await bucket.links('shop');
    const backup = await runJobScript('backup', { ...shopEnv, ...links.backupEnv });
    expectSucceeded(backup);
    const sha256 = String(backup.result!.sha256);
    // Changes since the backup, which a restore would undo.
    await db.sql("INSERT INTO products VALUES (3, 'Wein'); UPDATE products SET name = 'Bergkäse' WHERE id = 1;", { database: 'shop' });
    writeFileSync(join(volume, 'uploads/logo.png'), randomBytes(4096));
    writeFileSync(join(volume, 'uploads/new.png'), randomBytes(100));
    const now = await state();

    const wrongChecksum = await runJobScript('restore', { ...shopEnv, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: sha256Hex('another archive') });
    expect(wrongChecksum.code).toBe(3);
    expect(wrongChecksum.stderr).toMatch(/checksum mismatch.*nothing was restored/);
    expect(wrongChecksum.result).toBeUndefined();
    expectNothingSecret(wrongChecksum);
    expect(await state()).toEqual(now);

    const archive = await bucket.read(links.archiveKey);
    const tampered = Buffer.from(archive);
    const middle = tampered.length >> 1;
    tampered.writeUInt8(tampered.readUInt8(middle) ^ 0x01, middle);
    await bucket.write(links.archiveKey, tampered);
    const otherBytes = await runJobScript('restore', { ...shopEnv, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: sha256.toUpperCase() });
    expect(otherBytes.code).toBe(3);
    expect(otherBytes.stderr).toContain(`has sha256 ${sha256Hex(tampered)}, not the expected ${sha256}`);
    expectNothingSecret(otherBytes);
    expect(await state()).toEqual(now);
    expect(readdirSync(workDir)).toEqual([]);
  }, 60_000);

  const missing: [string, 'backup' | 'restore', Record<string, string | undefined>, string][] = [
    ['BACKUP_COMPONENTS unset', 'backup', { BACKUP_COMPONENTS: undefined }, 'BACKUP_COMPONENTS'],
    ['an unknown component', 'backup', { BACKUP_COMPONENTS: 'mysql,postgres' }, 'BACKUP_COMPONENTS'],
    ['DB_NAME unset', 'backup', { DB_NAME: undefined }, 'DB_NAME'],
    ['DB_PASSWORD unset', 'backup', { DB_PASSWORD: undefined }, 'DB_PASSWORD'],
    ['neither DB_SOCKET nor DB_HOST', 'backup', { DB_SOCKET: undefined }, 'DB_HOST'],
    ['DB_PORT not a port', 'backup', { DB_SOCKET: undefined, DB_HOST: 'db', DB_PORT: '33o6' }, 'DB_PORT'],
    ['FILES_DIR unset', 'backup', { FILES_DIR: undefined }, 'FILES_DIR'],
    ['FILES_DIR missing', 'backup', { FILES_DIR: '/nonexistent/volume' }, 'FILES_DIR'],
    ['FILES_EXCLUDE leaving the volume', 'backup', { FILES_EXCLUDE: '../etc/passwd' }, 'FILES_EXCLUDE'],
    ['UPLOAD_URL unset', 'backup', { UPLOAD_URL: undefined }, 'UPLOAD_URL'],
    ['MANIFEST_URL unset', 'backup', { MANIFEST_URL: undefined }, 'MANIFEST_URL'],
    ['DOWNLOAD_URL unset', 'restore', { DOWNLOAD_URL: undefined }, 'DOWNLOAD_URL'],
    ['EXPECTED_SHA256 unset', 'restore', { EXPECTED_SHA256: undefined }, 'EXPECTED_SHA256'],
    ['EXPECTED_SHA256 not a sha256', 'restore', { EXPECTED_SHA256: 'abc123' }, 'EXPECTED_SHA256'],
  ];
  it.each(missing)('exits 2 naming the variable: %s', async (_, which, change, name) => {
    const links = await bucket.links('refused');
    const env = which === 'backup' ? { ...shopEnv, ...links.backupEnv, ...change } : { ...shopEnv, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: sha256Hex('x'), ...change };
    const run = await runJobScript(which, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(name);
    expectNothingSecret(run);
    // Nothing was written anywhere: no object, no scratch.
    await expect(bucket.s3.send(new HeadObjectCommand({ Bucket: bucket.bucket, Key: links.archiveKey }))).rejects.toThrow();
    expect(readdirSync(workDir)).toEqual([]);
  });

  it('fails with exit 1 on a wrong database password, without printing it or uploading anything', async () => {
    const links = await bucket.links('wrong-password');
    const run = await runJobScript('backup', { ...shopEnv, ...links.backupEnv, DB_PASSWORD: `${APP_PASSWORD}!` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Access denied');
    expect(run.stderr).not.toContain(`${APP_PASSWORD}!`);
    expectNothingSecret(run);
    await expect(bucket.s3.send(new HeadObjectCommand({ Bucket: bucket.bucket, Key: links.archiveKey }))).rejects.toThrow();
  });

  it("uploads a manifest whose sha256 and size are the archive's as read back from S3, and prints it as the result", async () => {
    const links = await bucket.links('manifest');
    const terminationLog = join(tempDir('termination'), 'termination-log');
    writeFileSync(terminationLog, '');
    const sqliteFile = join(volume, 'uploads/data.sqlite');
    await sqlite(sqliteFile, 'CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    const backup = await runJobScript('backup', { ...shopEnv, BACKUP_COMPONENTS: 'files,mysql,sqlite', SQLITE_PATH: sqliteFile, TERMINATION_LOG: terminationLog, ...links.backupEnv });
    expectSucceeded(backup);

    const archive = await bucket.read(links.archiveKey);
    const manifest = JSON.parse((await bucket.read(links.manifestKey)).toString('utf8')) as Record<string, unknown>;
    expect(manifest).toEqual({ formatVersion: 1, sha256: sha256Hex(archive), sizeBytes: archive.length, components: ['mysql', 'files', 'sqlite'], createdAt: expect.any(String) });
    expect(new Date(String(manifest.createdAt)).toISOString()).toBe(manifest.createdAt);
    expect(backup.result).toEqual(manifest);
    expect(JSON.parse(readFileSync(terminationLog, 'utf8'))).toEqual(manifest);

    // The archive's own manifest.json counts what each component holds.
    const unpacked = tempDir('unpacked');
    extractArchive(archive, unpacked);
    const inner = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { formatVersion: number; createdAt: string; components: { name: string; files: number; bytes: number }[] };
    const uploads = readdirSync(join(volume, 'uploads')).filter((name) => name !== 'data.sqlite');
    const uploadBytes = uploads.reduce((sum, name) => sum + readFileSync(join(volume, 'uploads', name)).length, 0);
    expect(inner).toEqual({
      formatVersion: 1,
      createdAt: manifest.createdAt,
      components: [
        { name: 'mysql', files: 1, bytes: readFileSync(join(unpacked, 'mysql/dump.sql')).length },
        { name: 'files', files: uploads.length, bytes: uploadBytes, excluded: ['', '-wal', '-shm', '-journal'].map((suffix) => `uploads/data.sqlite${suffix}`) },
        { name: 'sqlite', files: 1, bytes: readFileSync(join(unpacked, 'sqlite/data.sqlite')).length },
      ],
    });
    expect(readdirSync(join(unpacked, 'files/uploads')).sort()).toEqual([...uploads].sort());
  });
});
