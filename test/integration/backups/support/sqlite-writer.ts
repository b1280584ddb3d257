/**
 * A stand-in for n8n writing its SQLite database: WAL mode, a busy timeout, and rows n = 1, 2, 3, …, each
 * committed on its own as fast as they go, until the process is killed. The payload of row n is a function of
 * n (payloadOf), so a reader can tell a complete row from a torn or a missing one.
 *   node --import tsx sqlite-writer.ts <database file> <rows in the first transaction>
 * prints "ready" once the first rows are committed, then keeps writing. Needs Node 24 (node:sqlite).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const payloadOf = (n: number) => `${createHash('sha256').update(`row ${n}`).digest('hex')} ${'·'.repeat(n % 97)}`;

export const writerScript = fileURLToPath(import.meta.url);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { DatabaseSync } = await import('node:sqlite');
  const [file, seedRows = '1000'] = process.argv.slice(2);
  const db = new DatabaseSync(file!);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA user_version = 42;');
  db.exec('CREATE TABLE IF NOT EXISTS execution_entity (n INTEGER PRIMARY KEY, payload TEXT NOT NULL, at TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO execution_entity (n, payload, at) VALUES (?, ?, ?)');
  const last = db.prepare('SELECT COALESCE(MAX(n), 0) AS last FROM execution_entity').get() as { last: number };
  let n = last.last + 1;
  db.exec('BEGIN');
  for (const end = n + Number(seedRows); n < end; n++) insert.run(n, payloadOf(n), new Date().toISOString());
  db.exec('COMMIT');
  process.stdout.write('ready\n');
  for (;;) {
    insert.run(n, payloadOf(n), new Date().toISOString());
    n++;
  }
}
