import { beforeAll, describe, expect, it } from 'vitest';
import { dailyBackupHour } from '../../../shared/backups/backup-policy';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * The daily backups as the schedule runs them (`npm run job -- backups --now …`): each instance in its own
 * hour, once a day, and the plan's retention deleting the oldest scheduled backup beyond what it keeps.
 */
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 100 } });
const api = apiClient(platform);
let admin: string;
let token: string;
let subscriptionId: string;
let instanceId: string;

const runJob = async (now: Date) => {
  const answer = await api.call('POST', `/_local/jobs/backups?now=${now.toISOString()}`, { token: admin });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.result as { hour: number; started: number; skipped: number; settled: number; failed: number };
};
const backups = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/backups`, { token })).json.items as { id: string; kind: string; status: string; createdAt: string }[];
const allSettled = () => until(backups, (items) => items.every((b) => b.status !== 'RUNNING'), 'the backups to finish');

beforeAll(async () => {
  ({ admin } = await registerWorker(api));
  // The starter plan of n8n keeps one daily backup, so the second day's prunes the first.
  const service = (await api.call('GET', '/v1/services/n8n')).json;
  const plans = service.plans.map((plan: { id: string }) => (plan.id === 'starter' ? { ...plan, backups: { keep: 1 } } : plan));
  const updated = await api.call('PATCH', '/v1/admin/services/n8n', { token: admin, body: { plans } });
  expect(updated.status, updated.text).toBe(200);
  token = (await api.register()).accessToken;
  const created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
  subscriptionId = created.subscription.id;
  instanceId = created.instance.id;
  expect((await settledInstance(api, token, subscriptionId)).status).toBe('RUNNING');
}, 120_000);

describe('scheduled backups', () => {
  it("back an instance up in its own hour only, once a day, and keep the plan's number of them", async () => {
    const hour = dailyBackupHour(instanceId);
    const day1 = new Date(Date.UTC(2031, 0, 10, hour, 5));
    const otherHour = new Date(day1.getTime() + 3600_000);
    expect(await runJob(otherHour)).toMatchObject({ started: 0, failed: 0 });

    expect(await runJob(day1)).toMatchObject({ hour, started: 1, failed: 0 });
    await allSettled();
    expect(await runJob(new Date(day1.getTime() + 10 * 60_000))).toMatchObject({ started: 0, skipped: 1 });
    const [first] = await backups();
    expect(first).toMatchObject({ kind: 'scheduled', status: 'COMPLETED' });

    const day2 = new Date(day1.getTime() + 24 * 3600_000);
    expect(await runJob(day2)).toMatchObject({ started: 1, failed: 0 });
    await allSettled();
    // PruneBackups runs after the new one is recorded: the first day's is deleted, archive and record.
    const kept = await until(backups, (items) => items.length === 1, 'retention to prune the first day');
    expect(kept[0]).toMatchObject({ kind: 'scheduled', status: 'COMPLETED', createdAt: day2.toISOString() });
    expect((await api.call('GET', `/v1/subscriptions/${subscriptionId}/backups/${first!.id}`, { token })).status).toBe(404);
  }, 120_000);
});
