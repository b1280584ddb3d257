import { beforeAll, describe, expect, it } from 'vitest';
import { restCluster } from '../../../shared/kubernetes/rest-cluster';
import { kubeconfigFileSource } from '../../../shared/kubernetes/kubeconfig-file-source';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * Plan changes as a customer makes them over HTTP, on the local runtime: the resize workflow runs from its
 * synthesized definition against the simulated cluster, and the prorated entry shows in the customer's
 * transactions. The service is the test's own, so its plans can go up, down, and down too far.
 */
// While set, every n8n image "cannot be pulled": the rollout of a resize fails.
let imagesFail = false;
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 100, failImage: (image) => imagesFail && image.includes('n8n') } });
const api = apiClient(platform);
const limits = (cpuMillicores: number, memoryMiB: number, storageGiB: number) => ({ cpuMillicores, memoryMiB, storageGiB });
const plans = [
  { id: 'small', name: 'Small', price: { amount: 1000, currency: 'EUR' }, billingPeriod: 'month', limits: limits(500, 512, 2) },
  { id: 'large', name: 'Large', price: { amount: 3000, currency: 'EUR' }, billingPeriod: 'month', limits: limits(1000, 1024, 4) },
  { id: 'large-lite', name: 'Large lite', price: { amount: 2000, currency: 'EUR' }, billingPeriod: 'month', limits: limits(500, 512, 4) },
  { id: 'huge', name: 'Huge', price: { amount: 4000, currency: 'EUR' }, billingPeriod: 'month', limits: limits(1000, 1024, 6) },
  // More CPU than the one worker has: an upgrade its node has no room for.
  { id: 'giant', name: 'Giant', price: { amount: 9000, currency: 'EUR' }, billingPeriod: 'month', limits: limits(8000, 1024, 6) },
  { id: 'tiny', name: 'Tiny', price: { amount: 500, currency: 'EUR' }, billingPeriod: 'month', limits: limits(300, 384, 1) },
];
let token: string;
let other: string;
let subscriptionId: string;

const instance = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;
const subscription = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}`, { token })).json;
const changePlan = (planId: string, options: { as?: string; key?: string } = {}) =>
  api.call('POST', `/v1/subscriptions/${subscriptionId}/change-plan`, { token: options.as ?? token, body: { planId }, ...(options.key && { headers: { 'Idempotency-Key': options.key } }) });
const planEntries = async () =>
  ((await api.call('GET', '/v1/transactions', { token })).json.items as { kind: string; amount: number; subscriptionId?: string; planChangeId?: string }[]).filter((e) => e.planChangeId);
const settled = () => until(instance, (i) => i.status !== 'RESIZING', 'the plan change to end');

/** What the rule says the change owes: (new − old) × remaining / period, rounded to the nearest unit. */
const expected = (difference: number, sub: { currentPeriodStart: string; currentPeriodEnd: string }, requestedAt: string) => {
  const length = Date.parse(sub.currentPeriodEnd) - Date.parse(sub.currentPeriodStart);
  return Math.round((Math.abs(difference) * (Date.parse(sub.currentPeriodEnd) - Date.parse(requestedAt))) / length);
};

beforeAll(async () => {
  const { admin } = await registerWorker(api);
  const service = await api.call('POST', '/v1/admin/services', {
    token: admin,
    body: { slug: 'resizable', name: 'Resizable', description: 'n8n with plans to move between', version: '1.64.0', template: 'n8n', plans },
  });
  expect(service.status, service.text).toBe(201);
  token = (await api.register()).accessToken;
  other = (await api.register()).accessToken;
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'resizable', planId: 'small' } });
  expect(created.status, created.text).toBe(202);
  subscriptionId = created.json.subscription.id;
  expect((await settledInstance(api, token, subscriptionId)).status).toBe('RUNNING');
  await until(subscription, (s) => s.status === 'ACTIVE', 'the subscription to be ACTIVE');
}, 120_000);

describe('changing plan through the API', () => {
  it('refuses an unknown plan (404 naming body.planId), another customer (404), too little storage (409: volumes only grow) and an upgrade the node has no room for (409), writing nothing', async () => {
    const unknown = await changePlan('gold');
    expect(unknown.status).toBe(404);
    expect(unknown.json.errors).toEqual([expect.objectContaining({ field: 'body.planId' })]);
    expect((await changePlan('large', { as: other })).status).toBe(404);
    const shrink = await changePlan('tiny');
    expect(shrink.status).toBe(409);
    expect(shrink.json.detail).toMatch(/volumes only grow/);
    const noRoom = await changePlan('giant');
    expect(noRoom.status).toBe(409);
    expect(noRoom.json.detail).toMatch(/No capacity/);
    expect((await instance()).status).toBe('RUNNING');
    expect(await planEntries()).toEqual([]);
  });

  it('an upgrade: RESIZING, a second change meanwhile is a 409 naming it, then RUNNING on the new plan with one prorated charge; a retry with the key charges nothing more', async () => {
    const before = await subscription();
    const started = await changePlan('large', { key: 'upgrade-1' });
    expect(started.status, started.text).toBe(202);
    expect(started.json.instance.status).toBe('RESIZING');
    expect(started.json.subscription.planId).toBe('small');
    const change = started.json.planChange;
    expect(change).toMatchObject({ fromPlanId: 'small', toPlanId: 'large', proration: { kind: 'charge', currency: 'EUR' } });
    expect(change.proration.amount).toBe(expected(2000, before, change.requestedAt));

    const busy = await changePlan('large-lite');
    expect(busy.status).toBe(409);
    expect(busy.json.detail).toMatch(/plan change/);

    const done = await settled();
    expect(done, JSON.stringify(done.steps)).toMatchObject({ status: 'RUNNING', resources: limits(1000, 1024, 4) });
    expect(done.planChange).toBeUndefined();
    expect(done.steps.map((s: { step: string }) => s.step)).toEqual(expect.arrayContaining(['plan change started', 'new plan applied', 'plan changed']));
    const after = await subscription();
    expect(after).toMatchObject({ planId: 'large', price: { amount: 3000, currency: 'EUR' }, currentPeriodEnd: before.currentPeriodEnd });

    const entries = await planEntries();
    expect(entries).toEqual([expect.objectContaining({ kind: 'charge', amount: change.proration.amount, currency: 'EUR', subscriptionId, planChangeId: change.id })]);

    const retried = await changePlan('large', { key: 'upgrade-1' });
    expect(retried.status).toBe(202);
    expect(retried.json.instance.status).toBe('RUNNING');
    expect(await planEntries()).toHaveLength(1);
    const reused = await changePlan('large-lite', { key: 'upgrade-1' });
    expect(reused.status).toBe(422);
  }, 60_000);

  it('the objects in the cluster carry the new plan: the app container’s limits and the volume’s size', async () => {
    const cluster = restCluster(kubeconfigFileSource(platform().kubernetes!.kubeconfigPath));
    const current = await instance();
    const deployments = await cluster.list({ apiVersion: 'apps/v1', kind: 'Deployment' }, { namespace: current.namespace });
    const container = (deployments[0]!.spec as { template: { spec: { containers: { resources: { limits: Record<string, string> } }[] } } }).template.spec.containers[0]!;
    expect(container.resources.limits).toMatchObject({ cpu: '1000m', memory: '1024Mi' });
    const claims = await cluster.list({ apiVersion: 'v1', kind: 'PersistentVolumeClaim' }, { namespace: current.namespace });
    expect(claims.map((c) => (c.spec as { resources: { requests: { storage: string } } }).resources.requests.storage)).toEqual(['4Gi']);
  });

  it('a downgrade that keeps the storage: a credit for the rest of the period, and its own entry', async () => {
    const before = await subscription();
    const started = await changePlan('large-lite');
    expect(started.status, started.text).toBe(202);
    const change = started.json.planChange;
    expect(change.proration).toMatchObject({ kind: 'credit', amount: expected(1000, before, change.requestedAt) });
    expect(await settled()).toMatchObject({ status: 'RUNNING', resources: limits(500, 512, 4) });
    expect(await subscription()).toMatchObject({ planId: 'large-lite', price: { amount: 2000 } });
    const entries = await planEntries();
    expect(entries).toHaveLength(2);
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'credit', amount: change.proration.amount, planChangeId: change.id }));
  }, 60_000);

  it('back to the first plan is refused now: the volume grew to 4 GiB and the small plan has 2', async () => {
    const refused = await changePlan('small');
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/4 GiB/);
  });

  it('a failed rollout puts the old plan back: RUNNING on it, the volume left larger (it cannot shrink), no charge, the reason told', async () => {
    const entriesBefore = await planEntries();
    imagesFail = true;
    try {
      const started = await changePlan('huge');
      expect(started.status, started.text).toBe(202);
      const done = await settled();
      expect(done, JSON.stringify(done.steps)).toMatchObject({ status: 'RUNNING', resources: limits(500, 512, 6) });
      expect(done.steps.map((s: { step: string }) => s.step)).toEqual(expect.arrayContaining(['old plan applied again', 'plan change failed']));
      expect(done.steps.find((s: { step: string }) => s.step === 'old plan applied again').detail).toMatch(/cannot shrink/);
    } finally {
      imagesFail = false;
    }
    expect(await subscription()).toMatchObject({ planId: 'large-lite', price: { amount: 2000 } });
    expect(await planEntries()).toEqual(entriesBefore);
    // The event leaves through the outbox (the stream poller forwards it), a moment after the move.
    const failed = await until(async () => platform().bus.recent().find((e) => e.type === 'subscription.plan-change-failed'), Boolean, 'subscription.plan-change-failed');
    expect(failed?.detail).toMatchObject({ subscriptionId, fromPlanId: 'large-lite', toPlanId: 'huge', reason: expect.stringMatching(/Rollout/) });
    const titles = async () => ((await api.call('GET', '/v1/notifications', { token })).json.items as { title: string }[]).map((n) => n.title);
    expect(await until(titles, (t) => t.includes('Your plan change did not go through'), 'the failure notification')).toContain('Your plan change did not go through');
  }, 60_000);

  it('counts plan changes per customer: 10 an hour (RATE_LIMIT_PLAN_CHANGE), the 11th is a 429 with Retry-After', async () => {
    // A customer of its own: a subscription not theirs answers 404, and still counts.
    const caller = (await api.register()).accessToken;
    for (let n = 0; n < 10; n++) expect((await changePlan('large', { as: caller })).status).toBe(404);
    const refused = await changePlan('large', { as: caller });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.json.detail).toContain('plan changes requested');
  });
});
