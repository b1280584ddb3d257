import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { schedules } from '../../functions/schedules';
import { localIdentity } from './local-identity';

/**
 * `npm run job -- <name> [--now 2026-12-01T00:00:00Z]`: runs one job of the schedule table once, now or as
 * of the time given, against the running local platform (`npm start` in another terminal) and prints what
 * it did. The clock is the job's own: `--now` a month ahead shows what the expiry job would do then.
 * Flags: --api URL (default http://127.0.0.1:$PORT or 3000), --data-dir D (the platform's, default .data).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { now: { type: 'string' }, api: { type: 'string' }, 'data-dir': { type: 'string' } },
});
const names = schedules.map((schedule) => schedule.name);
const [name] = positionals;
if (!name || !names.includes(name)) {
  console.error(`Usage: npm run job -- <name> [--now ISO-8601]\nThe jobs: ${names.join(', ')}.`);
  process.exit(2);
}
const apiUrl = values.api ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? '.data');
if (!existsSync(join(dataDir, 'keys'))) {
  console.error(`No local platform data in ${dataDir}: start the platform first (npm start), and give the job the same --data-dir.`);
  process.exit(1);
}
const token = await localIdentity(join(dataDir, 'keys')).mintAdminToken({ email: 'jobs@localhost', minutes: 5 });
const query = values.now ? `?now=${encodeURIComponent(values.now)}` : '';
const response = await fetch(`${apiUrl}/_local/jobs/${name}${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch((error: Error) => {
  console.error(`The platform at ${apiUrl} did not answer (${error.message}): is npm start running?`);
  process.exit(1);
});
const body = await response.text();
if (!response.ok) {
  console.error(`The job was refused: HTTP ${response.status} ${body}`);
  process.exit(1);
}
console.log(JSON.stringify(JSON.parse(body), null, 2));
