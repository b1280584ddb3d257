import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../../infra/local/local-platform';
import { apiClient } from '../../support/api-client';
import { until } from '../../support/provisioning';

/**
 * The local runtime's `[summary]` line (npm start prints it every 5 minutes; `--summary-every`): started here
 * with a one-second interval, it prints the figures GET /v1/admin/stats answers, and follows them.
 */
let platform: LocalPlatform | undefined;
const lines: string[] = [];
const api = apiClient(() => platform!);

beforeAll(async () => {
  platform = await startLocalPlatform({ port: 0, seed: true, summaryEveryMs: 1000, printSummary: (line) => lines.push(line) });
});
afterAll(async () => {
  await platform?.stop();
});

describe('the summary line', () => {
  it('prints the admin stats figures every interval, and the next line follows what changed', async () => {
    const first = await until(async () => lines.at(-1), (line) => line !== undefined, 'a summary line', 20_000);
    expect(first).toMatch(/^\[summary\] users 0 · subscriptions 0: PENDING 0 PROVISIONING 0 ACTIVE 0 SUSPENDED 0 EXPIRED 0 CANCELLED 0 FAILED 0 · nodes 0: HEALTHY 0 UNHEALTHY 0 OFFLINE 0 · revenue \d{4}-\d\d none · webhooks no attempts \(24 h\)$/);

    await api.register();
    await api.register();
    const stats = await api.call('GET', '/v1/admin/stats', { token: await api.adminToken() });
    expect(stats.json.users.total).toBe(2);
    const after = await until(async () => lines.at(-1)!, (line) => line.startsWith('[summary] users 2 '), 'a line counting the two customers', 20_000);
    expect(after).toContain(`revenue ${stats.json.revenue.month} none`);
  });

  it('stops with the platform', async () => {
    await platform!.stop();
    platform = undefined;
    const printed = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(lines.length).toBe(printed);
  });
});
