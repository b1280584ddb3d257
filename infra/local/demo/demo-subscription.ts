import { liveSubscriptionStates } from '../../../shared/subscriptions/lifecycle';
import { allPages, demoClient, expectData, waitFor } from './demo-api';
import { demoSettings } from './demo-settings';

/**
 * The demo's running n8n. A live one (pending, provisioning, active or suspended) of the customer is
 * reused; otherwise one is created with an Idempotency-Key numbered after the earlier ones, so two seeds
 * racing answer the same subscription, and one after a failed attempt makes a new one. Then it waits
 * until the workflow has finished: RUNNING/ACTIVE, or an error naming why it failed.
 */
export const ensureDemoSubscription = async (apiUrl: string, accessToken: string, timeoutMs: number) => {
  const api = demoClient(apiUrl, accessToken);
  const { slug, planId, name } = demoSettings.service;
  const mine = await allPages(async (cursor) =>
    expectData(await api.GET('/v1/subscriptions', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }), 'Listing the demo subscriptions'),
  );
  const earlier = mine.filter((subscription) => subscription.serviceSlug === slug);
  const live = earlier.find((subscription) => liveSubscriptionStates.includes(subscription.status));

  const subscription =
    live ??
    expectData(
      await api.POST('/v1/subscriptions', { body: { serviceSlug: slug, planId, name }, headers: { 'idempotency-key': `demo-${slug}-${earlier.length + 1}` } }),
      `Subscribing the demo customer to ${slug}`,
    ).subscription;

  // The instance turns RUNNING first and the subscription ACTIVE in the workflow's next step: wait for both.
  const read = async () => ({
    instance: expectData(await api.GET('/v1/subscriptions/{id}/instance', { params: { path: { id: subscription.id } } }), 'Reading the demo instance'),
    subscription: expectData(await api.GET('/v1/subscriptions/{id}', { params: { path: { id: subscription.id } } }), 'Reading the demo subscription'),
  });
  const settled = await waitFor(
    read,
    (value) => value.instance.status === 'FAILED' || (value.instance.status !== 'PROVISIONING' && !['PENDING', 'PROVISIONING'].includes(value.subscription.status)),
    `the ${slug} instance to be provisioned`,
    timeoutMs,
    1_000,
  );
  const { instance } = settled;
  if (instance.status === 'FAILED') {
    throw new Error(`the demo ${slug} instance failed (${instance.failureReason ?? 'no reason given'}); run the seed again to try a new one`);
  }
  return { subscription: settled.subscription, instance, created: !live };
};
