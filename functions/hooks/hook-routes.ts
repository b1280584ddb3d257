import * as z from 'zod';
import { stripeEventSchema } from '../../shared/billing/stripe-events';
import { defineRoute } from '../../shared/http/route';
import { alertmanagerWebhookSchema } from '../../shared/inbound-webhooks/alertmanager';
import type { InboundSource } from '../../shared/inbound-webhooks/inbound-sources';
import { kubernetesEventSchema } from '../../shared/inbound-webhooks/kubernetes-event';

const tags = ['Inbound webhooks'];

const received = (id: string, outcomes: readonly [string, ...string[]]) =>
  z
    .object({
      received: z.literal(true),
      outcome: z.enum(outcomes).meta({ description: 'What the event did; a repeat is `duplicate` and changed nothing' }),
    })
    .meta({ id });

export const paymentsHookRoute = defineRoute({
  operationId: 'paymentsHook',
  method: 'POST',
  path: '/v1/hooks/payments',
  handler: 'hooks/payments-hook',
  auth: 'signed-inbound',
  inboundScheme: 'stripe-signature',
  summary: 'A Stripe event, signed with Stripe-Signature (t=…,v1=…): payments, failed payments and refunds go to the ledger',
  tags,
  request: { body: stripeEventSchema },
  responses: {
    200: {
      description: 'Verified and handled once; a repeated event id is acknowledged (`duplicate`) and not applied twice. 400 for a bad signature or a stale timestamp.',
      schema: received('PaymentHookReceipt', ['applied', 'recorded', 'unmatched', 'duplicate', 'ignored']).extend({ transactionId: z.string().optional() }),
    },
  },
  maxBodyBytes: 256 * 1024,
});

export const kubernetesHookRoute = defineRoute({
  operationId: 'kubernetesHook',
  method: 'POST',
  path: '/v1/hooks/kubernetes',
  handler: 'hooks/kubernetes-hook',
  auth: 'signed-inbound',
  inboundScheme: 'hmac-signature',
  summary: 'A Kubernetes event from an event exporter, signed with X-Signature (sha256=…) over X-Signature-Timestamp and the body',
  tags,
  request: { body: kubernetesEventSchema },
  responses: {
    202: {
      description: 'Verified; a pod of an instance crash-looping, OOM-killed, evicted or failing to pull degrades it, a recovery brings it back. 400 for a bad signature or a stale timestamp.',
      schema: received('KubernetesHookReceipt', ['degraded', 'recovered', 'unchanged', 'duplicate', 'ignored']),
    },
  },
});

export const alertsHookRoute = defineRoute({
  operationId: 'alertsHook',
  method: 'POST',
  path: '/v1/hooks/alerts',
  handler: 'hooks/alerts-hook',
  auth: 'signed-inbound',
  inboundScheme: 'bearer-or-hmac',
  summary: "Alertmanager's webhook (version 4), with Authorization: Bearer <token> or signed like the Kubernetes hook",
  tags,
  request: { body: alertmanagerWebhookSchema },
  responses: {
    202: {
      description: 'Verified; each alert becomes alert.firing / alert.resolved, and instance.alert for the owner of the instance it names (label paas_instance).',
      schema: z
        .object({ received: z.literal(true), published: z.number().int().meta({ description: 'Events published' }), duplicates: z.number().int().meta({ description: 'Alerts seen before, left alone' }) })
        .meta({ id: 'AlertsHookReceipt' }),
    },
  },
  maxBodyBytes: 512 * 1024,
});

export const hookRoutes = [paymentsHookRoute, kubernetesHookRoute, alertsHookRoute];

/** The handler module of each inbound source: the stack gives each its own secret, and nothing else that secret. */
export const inboundHandlers: Readonly<Record<InboundSource, string>> = {
  payments: paymentsHookRoute.handler,
  kubernetes: kubernetesHookRoute.handler,
  alerts: alertsHookRoute.handler,
};
