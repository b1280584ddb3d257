import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { localIdentity } from './local-identity';

/**
 * `npm run admin-token -- --email admin@example.com`: prints an administrator access token that the local
 * runtime using the same data folder accepts (signed by its local admin key, shaped like a Cognito token).
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    'data-dir': { type: 'string' },
    group: { type: 'string', multiple: true },
    minutes: { type: 'string', default: '60' },
  },
});

if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email)) {
  console.error('Usage: npm run admin-token -- --email admin@example.com [--minutes 60] [--data-dir .data] [--group ADMINISTRATOR]');
  process.exit(2);
}
const minutes = Number(values.minutes);
if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) {
  console.error('--minutes must be a whole number from 1 to 1440.');
  process.exit(2);
}
const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? '.data');
const identity = localIdentity(join(dataDir, 'keys'));
process.stdout.write(`${await identity.mintAdminToken({ email: values.email, groups: values.group, minutes })}\n`);
