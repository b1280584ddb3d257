import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { readProblem, useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance } from '../../support/provisioning';

/**
 * Usage metering through the local runtime: a customer subscribes, the metering job runs at two hours (its
 * clock moved the way `npm run job -- metering --now …` moves it), and the usage route answers the
 * samples and their totals; bad ranges and another customer's subscription are refused.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);
let admin: string;
let token: string;
let subscriptionId: string;

const HOUR = 3_600_000;
/** Two hours a day ahead of the real clock, so the local scheduler's own hourly run never meters them. */
const firstHour = new Date(Math.floor(Date.now() / HOUR) * HOUR + 24 * HOUR);
const secondHour = new Date(firstHour.getTime() + HOUR);

const runJob = async (now: Date) => {
  const answer = await api.call('POST', `/_local/jobs/metering?now=${now.toISOString()}`, { token: admin });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.result as { outcome: string; hour: string; written: number; alreadyMetered: number };
};
const usage = (id: string, query: string, as = token) => api.call('GET', `/v1/subscriptions/${id}/usage${query}`, { token: as });

beforeAll(async () => {
  ({ admin } = await registerWorker(api));
  token = (await api.register()).accessToken;
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
  expect(created.status).toBe(202);
  subscriptionId = created.json.subscription.id;
  expect((await settledInstance(api, token, subscriptionId)).status).toBe('RUNNING');
}, 120_000);

describe('usage metering', () => {
  it('meters a running instance once an hour, and the customer reads the samples and their totals', async () => {
    const first = await runJob(new Date(firstHour.getTime() + 17 * 60_000));
    expect(first).toMatchObject({ outcome: 'metered', hour: firstHour.toISOString(), written: 1 });
    expect(await runJob(new Date(firstHour.getTime() + 50 * 60_000))).toMatchObject({ written: 0, alreadyMetered: 1 });
    expect(await runJob(new Date(secondHour.getTime() + 5 * 60_000))).toMatchObject({ hour: secondHour.toISOString(), written: 1 });

    const from = new Date(firstHour.getTime() - HOUR).toISOString();
    const to = new Date(secondHour.getTime() + HOUR).toISOString();
    const answer = await usage(subscriptionId, `?from=${from}&to=${to}`);
    expect(answer.status, answer.text).toBe(200);
    const { samples, totals } = answer.json;
    expect(samples.map((s: { hour: string }) => s.hour)).toEqual([firstHour.toISOString(), secondHour.toISOString()]);
    for (const sample of samples) {
      expect(sample.cpuMillicores).toBeGreaterThan(0);
      expect(sample.memoryMiB).toBeGreaterThan(0);
      expect(sample.storageGiB).toBe(5);
      expect(sample.pods).toBe(1);
    }
    expect(totals).toEqual({
      hours: 2,
      cpuMillicoreHours: Math.round((samples[0].cpuMillicores + samples[1].cpuMillicores) * 1000) / 1000,
      memoryMiBHours: Math.round((samples[0].memoryMiB + samples[1].memoryMiB) * 1000) / 1000,
      storageGiBHours: 10,
    });
    expect(answer.json).toMatchObject({ subscriptionId, from: new Date(from).toISOString(), to: new Date(to).toISOString() });

    // The default range is the last 24 hours: these hours are ahead of it.
    const recent = await usage(subscriptionId, '');
    expect(recent.status).toBe(200);
    expect(recent.json.samples).toEqual([]);
  }, 60_000);

  it('answers 400 naming the parameter for a bad, reversed or too long range', async () => {
    const cases: [string, string][] = [
      ['?from=yesterday', 'query.from'],
      ['?from=2026-11-26T00:00:00Z&to=2026-13-01T00:00:00Z', 'query.to'],
      ['?from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z', 'query.to'],
      ['?from=2026-10-01T00:00:00Z&to=2026-11-15T00:00:00Z', 'query.to'],
      ['?from=2020-01-01T00:00:00Z', 'query.from'],
      ['?since=2026-11-26T00:00:00Z', 'query.since'],
    ];
    for (const [query, field] of cases) {
      const answer = await fetch(`${platform().url}/v1/subscriptions/${subscriptionId}/usage${query}`, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status, query).toBe(400);
      const { body, contentType } = await readProblem(answer);
      expect(contentType).toBe('application/problem+json');
      expect(body.errors?.map((e) => e.field), query).toEqual([field]);
    }
  });

  it('answers 404 for another customer’s subscription and an unknown one, 401 without a token', async () => {
    const other = (await api.register()).accessToken;
    expect((await usage(subscriptionId, '', other)).status).toBe(404);
    expect((await usage('01JD7Y7Q5B2S8X4N6R3T9V0W1Z', '')).status).toBe(404);
    expect((await api.call('GET', `/v1/subscriptions/${subscriptionId}/usage`)).status).toBe(401);
  });
});
