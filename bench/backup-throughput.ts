/**
 * Issue 18, "backup and restore throughput of the data path on this machine (MiB/s) against a raw copy of the
 * same bytes to the same store". The backup Job's own scripts (backup-job/bin, run with bash as the Job's
 * container runs them) on a MariaDB 10.11 from Debian's packages and a files volume, ~128 MiB of mixed data
 * (text that compresses, random bytes that do not, many small files), to moto's S3 through presigned URLs;
 * against `curl -T` PUTs to the same bucket of a plain tar of the same bytes and of the backup's own archive,
 * and a `curl` GET of the archive for the restore. Median of a few runs each, alternating. No timing is
 * asserted. Alone: `npx tsx bench/backup-throughput.ts` (BENCH_BACKUP_MIB, BENCH_BACKUP_RUNS); `npm run
 * bench` runs it too.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensurePythonTools } from '../infra/aws-emulator/python-tools';
import { startMoto } from '../infra/aws-emulator/start-moto';
import { archiveBucket, runJobScript, type ScriptRun } from '../test/integration/backups/support/backup-job';
import { startMariaDb } from '../test/integration/backups/support/mariadb';
import { table } from './report';
import { median, msSince, round } from './stats';

const execFileAsync = promisify(execFile);
const MiB = 1024 * 1024;

/** A deterministic pseudo-random generator (mulberry32): the same data every run, made fast. */
const generator = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const WORDS = 'the of and to in is that for it as with was on be by this are from or have an they which one you were all we her she there would their will when who him been has more if no out so what up can said about other into than them only its two could time new some these may like use then first any work now such people over make most after also did many made well back years where through way down should because each just those how very long own still get even'.split(' ');
const textOf = (bytes: number, random: () => number) => {
  const words: string[] = [];
  let length = 0;
  while (length < bytes) {
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    words.push(random() < 0.08 ? `${word}.\n` : word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, bytes);
};
const sqlText = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The app's data: a third in the database, the rest on the volume; in each, text and random bytes. */
const seed = async (sql: (statements: string) => Promise<string>, volume: string, totalMiB: number) => {
  const random = generator(18);
  const databaseBytes = Math.round(totalMiB * MiB * 0.35);
  await sql(`CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(200) NOT NULL, body MEDIUMTEXT NOT NULL, created_at DATETIME NOT NULL) ENGINE=InnoDB;
             CREATE TABLE media (id INT PRIMARY KEY, post_id INT NOT NULL, data MEDIUMBLOB NOT NULL, FOREIGN KEY (post_id) REFERENCES posts (id)) ENGINE=InnoDB;`);
  // 70% of it text in posts (4 KiB each), 30% random bytes in media (32 KiB each), about 1 MiB per statement.
  const posts = Math.ceil((databaseBytes * 0.7) / 4096);
  for (let first = 1; first <= posts; first += 200) {
    const rows: string[] = [];
    for (let id = first; id < Math.min(first + 200, posts + 1); id++) rows.push(`(${id}, ${sqlText(textOf(60, random))}, ${sqlText(textOf(4096, random))}, '2026-01-01 00:00:00' + INTERVAL ${id} MINUTE)`);
    await sql(`INSERT INTO posts VALUES ${rows.join(',')};`);
  }
  const media = Math.ceil((databaseBytes * 0.3) / 32768);
  for (let first = 1; first <= media; first += 16) {
    const rows: string[] = [];
    for (let id = first; id < Math.min(first + 16, media + 1); id++) rows.push(`(${id}, ${1 + (id % posts)}, X'${randomBytes(32768).toString('hex')}')`);
    await sql(`INSERT INTO media VALUES ${rows.join(',')};`);
  }
  // The volume: half random (images, uploads), a third text (themes, logs), the rest many small files.
  const volumeBytes = totalMiB * MiB - databaseBytes;
  let written = 0;
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(join(volume, path, '..'), { recursive: true });
    writeFileSync(join(volume, path), content);
    written += content.length;
  };
  for (let i = 0; written < volumeBytes * 0.5; i++) put(`images/${2026 - (i % 3)}/${i}.jpg`, randomBytes(256 * 1024 + Math.floor(random() * 768 * 1024)));
  for (let i = 0; written < volumeBytes * 0.83; i++) put(`themes/theme-${i % 4}/assets/file-${i}.css`, textOf(16 * 1024 + Math.floor(random() * 112 * 1024), random));
  for (let i = 0; written < volumeBytes; i++) put(`content/data/${i % 50}/item-${i}.${i % 2 ? 'json' : 'bin'}`, i % 2 ? textOf(2048, random) : randomBytes(1024 + Math.floor(random() * 7168)));
};

const timed = async <T>(body: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const started = process.hrtime.bigint();
  const value = await body();
  return { ms: msSince(started), value };
};

const checked = (what: string, run: ScriptRun) => {
  if (run.code !== 0) throw new Error(`${what} exited ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return run;
};

/** `curl -T` of a file to a presigned PUT, or a GET into a file: the raw copy, as the scripts call curl. */
const curl = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn('curl', ['-q', '--fail', '--silent', '--show-error', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`curl exited ${code}: ${stderr.trim()}`))));
  });

export interface BackupThroughput {
  runs: number;
  /** What the scripts move: the dump's SQL and the volume's files, as the archive's manifest counts them. */
  data: { mib: number; dumpMiB: number; filesMiB: number; files: number };
  archiveMiB: number;
  compressionRatio: number;
  seconds: { backup: number; restore: number; rawPutSameBytes: number; rawPutArchive: number; rawGetArchive: number; dumpAlone: number; loadAlone: number };
  mibPerSecond: { backup: number; restore: number; rawPutSameBytes: number; rawPutArchive: number; rawGetArchive: number; dumpAlone: number; loadAlone: number };
  /** Script time over the raw copy's time (median over median). */
  ratio: { backupToRawPut: number; backupToRawPutArchive: number; restoreToRawGet: number };
}

export const measureBackupThroughput = async (options: { mib: number; runs: number }, log: (line: string) => void = () => {}): Promise<BackupThroughput> => {
  await ensurePythonTools({ log: (line) => log(`emulator: ${line}`) });
  const scratch = mkdtempSync(join(tmpdir(), 'paas-backup-bench-'));
  const moto = await startMoto();
  const db = await startMariaDb().catch(async (error: unknown) => {
    await moto.stop();
    throw error;
  });
  try {
    const password = 'bench password #1';
    await db.createAppDatabase('ghost', 'ghost', password);
    const volume = join(scratch, 'volume');
    mkdirSync(volume);
    log(`writing ${options.mib} MiB of data (MariaDB rows and volume files)`);
    await seed((statements) => db.sql(statements, { database: 'ghost', as: { user: 'ghost', password } }), volume, options.mib);

    const bucket = await archiveBucket(moto.endpoint, 'bench-backups');
    const links = await bucket.links('bench');
    const rawLinks = await bucket.links('raw');
    const workDir = join(scratch, 'work');
    mkdirSync(workDir);
    const env = { BACKUP_COMPONENTS: 'mysql,files', DB_SOCKET: db.socket, DB_NAME: 'ghost', DB_USER: 'ghost', DB_PASSWORD: password, FILES_DIR: volume, WORK_DIR: workDir };

    // Untimed: one backup for the figures of what it moves, and the raw copies' own files from it.
    checked('paas-backup', await runJobScript('backup', { ...env, ...links.backupEnv }));
    const archivePath = join(scratch, 'archive.tar.zst');
    writeFileSync(archivePath, await bucket.read(links.archiveKey));
    const unpacked = join(scratch, 'unpacked');
    mkdirSync(unpacked);
    await execFileAsync('bash', ['-c', 'zstd -d -q -c "$1" | tar -x -f - -C "$2" manifest.json mysql', 'bash', archivePath, unpacked]);
    const inner = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { components: { name: string; files: number; bytes: number }[] };
    const dumpBytes = inner.components.find((c) => c.name === 'mysql')!.bytes;
    const files = inner.components.find((c) => c.name === 'files')!;
    const dataBytes = dumpBytes + files.bytes;
    // The raw copy of the same bytes: the dump and the volume in a plain tar, no compression.
    const plainTar = join(scratch, 'same-bytes.tar');
    await execFileAsync('tar', ['-c', '-f', plainTar, '-C', unpacked, 'mysql', '-C', volume, '.']);
    const archiveBytes = statSync(archivePath).size;
    const plainBytes = statSync(plainTar).size;

    // The database's share, alone: the same dump and load the scripts run, without the rest of the path.
    const client = ['--no-defaults', `--socket=${db.socket}`, '--user=ghost', '--default-character-set=utf8mb4'];
    const clientEnv = { ...process.env, MYSQL_PWD: password };
    const dumpAlone = join(scratch, 'dump-alone.sql');
    const mariadbDump = () =>
      execFileAsync('mariadb-dump', [...client, '--single-transaction', '--quick', '--routines', '--triggers', '--events', '--no-tablespaces', '--hex-blob', `--result-file=${dumpAlone}`, 'ghost'], { env: clientEnv });
    const loadDump = () => execFileAsync('bash', ['-c', 'mariadb "$@" < "$0"', join(unpacked, 'mysql/dump.sql'), ...client, '--binary-mode', '--database=ghost'], { env: clientEnv });

    const samples = { backup: [] as number[], restore: [] as number[], rawPutSameBytes: [] as number[], rawPutArchive: [] as number[], rawGetArchive: [] as number[], dumpAlone: [] as number[], loadAlone: [] as number[] };
    for (let run = 1; run <= options.runs; run++) {
      log(`run ${run} of ${options.runs}: backup, raw PUTs, restore, raw GET`);
      const backup = await timed(async () => checked('paas-backup', await runJobScript('backup', { ...env, ...links.backupEnv })));
      samples.backup.push(backup.ms);
      samples.rawPutSameBytes.push((await timed(() => curl(['-X', 'PUT', '-T', plainTar, rawLinks.backupEnv.UPLOAD_URL]))).ms);
      samples.rawPutArchive.push((await timed(() => curl(['-X', 'PUT', '-T', archivePath, rawLinks.backupEnv.UPLOAD_URL]))).ms);
      const expected = String(backup.value.result!.sha256);
      samples.restore.push((await timed(async () => checked('paas-restore', await runJobScript('restore', { ...env, DOWNLOAD_URL: links.downloadUrl, EXPECTED_SHA256: expected })))).ms);
      const downloaded = join(scratch, 'downloaded.tar.zst');
      samples.rawGetArchive.push((await timed(() => curl(['-o', downloaded, links.downloadUrl]))).ms);
      rmSync(downloaded, { force: true });
      samples.dumpAlone.push((await timed(mariadbDump)).ms);
      samples.loadAlone.push((await timed(loadDump)).ms);
    }
    const seconds = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v) / 1000, 2)])) as BackupThroughput['seconds'];
    const mibs = (bytes: number, ms: number[]) => round(bytes / MiB / (median(ms) / 1000), 1);
    return {
      runs: options.runs,
      data: { mib: round(dataBytes / MiB, 1), dumpMiB: round(dumpBytes / MiB, 1), filesMiB: round(files.bytes / MiB, 1), files: files.files },
      archiveMiB: round(archiveBytes / MiB, 1),
      compressionRatio: round(dataBytes / archiveBytes, 2),
      seconds,
      mibPerSecond: {
        backup: mibs(dataBytes, samples.backup),
        restore: mibs(dataBytes, samples.restore),
        rawPutSameBytes: mibs(plainBytes, samples.rawPutSameBytes),
        rawPutArchive: mibs(archiveBytes, samples.rawPutArchive),
        rawGetArchive: mibs(archiveBytes, samples.rawGetArchive),
        dumpAlone: mibs(dumpBytes, samples.dumpAlone),
        loadAlone: mibs(dumpBytes, samples.loadAlone),
      },
      ratio: {
        backupToRawPut: round(median(samples.backup) / median(samples.rawPutSameBytes), 2),
        backupToRawPutArchive: round(median(samples.backup) / median(samples.rawPutArchive), 2),
        restoreToRawGet: round(median(samples.restore) / median(samples.rawGetArchive), 2),
      },
    };
  } finally {
    await db.stop();
    await moto.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
};

export const backupThroughputLines = (b: BackupThroughput): string =>
  [
    table(
      `Backup data path: backup-job scripts, MariaDB 10.11 + a files volume → moto S3 by presigned URLs; ${b.data.mib} MiB of data (${b.data.dumpMiB} MiB SQL dump, ${b.data.filesMiB} MiB in ${b.data.files} files), archive ${b.archiveMiB} MiB (zstd -3, ${b.compressionRatio} x); median of ${b.runs}`,
      ['what', 's', 'MiB/s', 'x raw'],
      [
        ['paas-backup: dump, tar | zstd, sha256, 2 PUTs (MiB/s of data)', b.seconds.backup, b.mibPerSecond.backup, b.ratio.backupToRawPut],
        ['  baseline: curl -T PUT of a plain tar of the same bytes', b.seconds.rawPutSameBytes, b.mibPerSecond.rawPutSameBytes, 1],
        ['  baseline: curl -T PUT of the archive itself', b.seconds.rawPutArchive, b.mibPerSecond.rawPutArchive, b.ratio.backupToRawPutArchive],
        ['  its part: mariadb-dump alone (MiB/s of SQL)', b.seconds.dumpAlone, b.mibPerSecond.dumpAlone, undefined],
        ['paas-restore: GET, sha256, extract, drop + load, swap (MiB/s of data)', b.seconds.restore, b.mibPerSecond.restore, b.ratio.restoreToRawGet],
        ['  baseline: curl GET of the archive', b.seconds.rawGetArchive, b.mibPerSecond.rawGetArchive, 1],
        ['  its part: the dump loaded alone, mariadb < dump.sql (MiB/s of SQL)', b.seconds.loadAlone, b.mibPerSecond.loadAlone, undefined],
      ],
    ),
    `Backup takes ${b.ratio.backupToRawPut} x the time of copying the same bytes raw to the store (${b.ratio.backupToRawPutArchive} x the PUT of its own compressed archive); restore ${b.ratio.restoreToRawGet} x the raw GET of the archive, of which the database's load alone is ${round((b.seconds.loadAlone / b.seconds.restore) * 100, 0)}%.`,
  ].join('\n');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const numberFrom = (name: string, fallback: number) => {
    const value = Number(process.env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  const started = process.hrtime.bigint();
  const result = await measureBackupThroughput({ mib: numberFrom('BENCH_BACKUP_MIB', 128), runs: numberFrom('BENCH_BACKUP_RUNS', 3) }, (line) =>
    process.stderr.write(`[backup bench ${(msSince(started) / 1000).toFixed(1)} s] ${line}\n`),
  );
  console.log(backupThroughputLines(result));
  console.log(JSON.stringify(result));
}
