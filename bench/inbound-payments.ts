import { PutCommand } from '../shared/aws/dynamodb';
import { ulid } from 'ulid';
import type { LocalPlatform } from '../infra/local/local-platform';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { keys } from '../shared/data/keys';
import Stripe from 'stripe';
import { verifyStripeSignature } from '../shared/inbound-webhooks/stripe-signature';
import { createAgentToken, heartbeatBody, registerCustomer, registerNode, sendJson } from './bench-callers';
import { attachCapacityRecorder } from './capacity-recorder';
import { isHealthMonitor } from './heartbeats';
import { summary, timed } from './latency';
import { median, percentile, ratio } from './stats';

/** A `Stripe-Signature` header for a body, made by Stripe's own test helper, as Stripe would sign it. */
const stripeTestHeader = (payload: string, secret: string): string =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) });

/**
 * Inbound payment webhooks as Stripe sends them (issue 7's measure, target p50/p99 under 1 s): each an
 * `invoice.paid` with a new event id for one ACTIVE subscription, signed with Stripe's test helper, POSTed
 * over HTTP to the local runtime, where it is verified, recorded in the ledger and renews the subscription
 * (3 GetItems and one TransactWriteItems). Alternating request by request with two baselines in this
 * process: the signature check alone (verifyStripeSignature on the same kind of body), and the ledger's raw
 * conditional PutItem through the same document client. The DynamoDB requests each payment sent are counted.
 * Between payments the outbox and the queues are drained (untimed), so the background work one payment sets
 * off is neither in the next one's time nor in its count.
 */
export interface InboundPaymentOptions {
  warmup: number;
  samples: number;
}

const NODE = 'bench-payments';

const invoicePaid = (subscriptionId: string) =>
  JSON.stringify({
    id: `evt_${ulid()}`,
    object: 'event',
    created: Math.floor(Date.now() / 1000),
    type: 'invoice.paid',
    data: { object: { id: `in_${ulid()}`, object: 'invoice', amount_paid: 1900, currency: 'eur', parent: { subscription_details: { metadata: { subscriptionId } } } } },
  });

/** A customer with an ACTIVE n8n, provisioned through the platform, for the payments to renew. */
const activeSubscription = async (platform: LocalPlatform, adminToken: string) => {
  const agent = await createAgentToken(platform.url, adminToken, 'bench-payments');
  await registerNode(platform.url, agent.token, NODE);
  const heartbeat = await sendJson(platform.url, 'POST', '/v1/agent/heartbeat', { token: agent.token, body: heartbeatBody(NODE) });
  if (heartbeat.status !== 204) throw new Error(`heartbeat answered ${heartbeat.status}`);
  const customer = await registerCustomer(platform, { email: 'bench-payments@example.com', name: 'Bench payer' });
  const token = customer.session.accessToken;
  const created = await sendJson(platform.url, 'POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
  if (created.status !== 202) throw new Error(`POST /v1/subscriptions answered ${created.status}: ${created.text.slice(0, 300)}`);
  const subscriptionId = (created.json as { subscription: { id: string } }).subscription.id;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const read = await sendJson(platform.url, 'GET', `/v1/subscriptions/${subscriptionId}`, { token });
    if ((read.json as { status?: string }).status === 'ACTIVE') return { subscriptionId, token };
    if (Date.now() > deadline) throw new Error(`the bench subscription did not become ACTIVE: ${read.text.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

export const measureInboundPayments = async (platform: LocalPlatform, adminToken: string, options: InboundPaymentOptions) => {
  const { subscriptionId, token } = await activeSubscription(platform, adminToken);
  const secret = platform.inboundSecrets.payments;
  const db = dynamoDocumentClient();
  const http: number[] = [];
  const signature: number[] = [];
  const put: number[] = [];
  const requests: number[] = [];
  const operations = new Map<string, number>();
  let errors = 0;
  const recorder = attachCapacityRecorder(db);
  try {
    for (let i = 0; i < options.warmup + options.samples; i++) {
      // What the last payment set off (outbox → bus → notification and webhook queues) is finished first, so
      // each is measured, and its requests counted, on an idle platform.
      await platform.drainStreams();
      await platform.queues.drain();
      const body = invoicePaid(subscriptionId);
      recorder.take();
      const h = await timed(async () => {
        const response = await fetch(`${platform.url}/v1/hooks/payments`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': stripeTestHeader(body, secret) }, body });
        const answer = (await response.json()) as { outcome?: string };
        if (response.status !== 200 || answer.outcome !== 'applied') errors += 1;
      });
      const sent = recorder.take().filter((command) => !isHealthMonitor(command));
      const other = invoicePaid(subscriptionId);
      const header = stripeTestHeader(other, secret);
      const s = await timed(async () => verifyStripeSignature({ rawBody: Buffer.from(other), header, secret }));
      const at = new Date().toISOString();
      const p = await timed(async () => {
        await db.send(
          new PutCommand({
            TableName: platform.tableName,
            Item: { ...keys.ledgerEntry('unmatched', at, `bench:${ulid()}`), type: 'BenchLedgerBaseline', amount: 1900, currency: 'EUR', expiresAt: Math.floor(Date.now() / 1000) + 3600 },
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        );
      });
      if (i < options.warmup) continue;
      http.push(h);
      signature.push(s);
      put.push(p);
      requests.push(sent.length);
      for (const command of sent) operations.set(command.operation, (operations.get(command.operation) ?? 0) + 1);
    }
  } finally {
    recorder.detach();
  }
  const renewed = await sendJson(platform.url, 'GET', `/v1/subscriptions/${subscriptionId}`, { token });
  const ledger = await sendJson(platform.url, 'GET', '/v1/transactions?limit=100', { token });
  return {
    warmup: options.warmup,
    samples: options.samples,
    errors,
    httpMs: summary(http),
    signatureOnlyMs: summary(signature),
    rawPutMs: summary(put),
    ratioToSignature: { p50: ratio(percentile(http, 50), percentile(signature, 50)), p99: ratio(percentile(http, 99), percentile(signature, 99)) },
    ratioToPut: { p50: ratio(percentile(http, 50), percentile(put, 50)), p99: ratio(percentile(http, 99), percentile(put, 99)) },
    dynamodb: {
      requestsPerPayment: median(requests),
      byOperation: Object.fromEntries([...operations].map(([operation, n]) => [operation, Math.round((n / Math.max(1, requests.length)) * 100) / 100])),
    },
    check: {
      subscriptionPeriodEnd: (renewed.json as { currentPeriodEnd?: string }).currentPeriodEnd,
      ledgerEntriesOnFirstPage: ((ledger.json as { items?: unknown[] }).items ?? []).length,
    },
  };
};
