import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localIdentity } from '../local-identity';
import { formatDemoSummary } from './demo-summary';
import { demoFolder, demoSettings } from './demo-settings';
import { seedDemo } from './seed-demo';

/**
 * `npm run seed`: fills the running local platform (`npm start` in another terminal) with the demo, through
 * its HTTP API; a second run finds everything and creates nothing. The node's heartbeats come from the
 * platform's own demo agent, which starts when this writes `<data>/demo/agent.json`, so the node stays
 * HEALTHY for as long as the platform runs, not just while this command does.
 * Flags: --api URL (default http://127.0.0.1:$PORT or 3000), --data-dir D (the platform's, default .data).
 */
const { values } = parseArgs({
  options: {
    api: { type: 'string' },
    'data-dir': { type: 'string' },
    'timeout-seconds': { type: 'string', default: '120' },
  },
});

const apiUrl = values.api ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? '.data');
const timeoutSeconds = Number(values['timeout-seconds']);
if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1) {
  console.error('--timeout-seconds must be a whole number of seconds.');
  process.exit(2);
}
// The admin token is signed with the platform's local key; without its folder this is not the platform's data.
if (!existsSync(join(dataDir, 'keys'))) {
  console.error(`No local platform data in ${dataDir}: start the platform first (npm start), and give the seed the same --data-dir.`);
  process.exit(1);
}

const identity = localIdentity(join(dataDir, 'keys'));
try {
  const report = await seedDemo({
    apiUrl,
    demoDir: demoFolder(dataDir),
    mailDir: join(dataDir, 'mail'),
    adminToken: () => identity.mintAdminToken({ email: demoSettings.adminEmail, minutes: 15 }),
    timeoutMs: timeoutSeconds * 1000,
    progress: (line) => console.log(`demo: ${line}`),
  });
  const kubeconfig = join(dataDir, 'kubeconfig');
  console.log(formatDemoSummary(report, { apiUrl, dataDir, ...(!process.env.KUBECONFIG && existsSync(kubeconfig) ? { kubeconfigPath: kubeconfig } : {}) }));
} catch (error) {
  const message = (error as Error).message;
  console.error(`The demo could not be seeded: ${message}`);
  if (/HTTP 401/.test(message)) console.error(`The platform refused the admin token signed with ${join(dataDir, 'keys')}: is it running with --data-dir ${dataDir}?`);
  process.exit(1);
}
