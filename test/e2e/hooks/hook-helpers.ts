import Stripe from 'stripe';
import { ulid } from 'ulid';
import type { LocalPlatform } from '../../../infra/local/local-platform';
import { hmacHeaders } from '../../../shared/inbound-webhooks/hmac-signature';

/** Posts a raw body as a sender would: the exact bytes that were signed. */
export const postRaw = async (platform: LocalPlatform, path: string, body: string, headers: Record<string, string>) => {
  const response = await fetch(`${platform.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
};

/** A Stripe event body. */
export const stripeEventBody = (type: string, object: Record<string, unknown>, options: { id?: string; created?: Date } = {}) =>
  JSON.stringify({
    id: options.id ?? `evt_${ulid()}`,
    object: 'event',
    api_version: '2025-01-27.acacia',
    created: Math.floor((options.created ?? new Date()).getTime() / 1000),
    livemode: false,
    type,
    data: { object },
  });

/** Signed with Stripe's own test helper, with the local platform's secret unless told otherwise. */
export const postStripe = (platform: LocalPlatform, body: string, options: { secret?: string; at?: Date } = {}) =>
  postRaw(platform, '/v1/hooks/payments', body, {
    'stripe-signature': Stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: options.secret ?? platform.inboundSecrets.payments,
      timestamp: Math.floor((options.at ?? new Date()).getTime() / 1000),
    }),
  });

/** Signed with the HMAC scheme of the Kubernetes hook (and of the alerts hook when a relay signs). */
export const postSigned = (platform: LocalPlatform, path: string, body: unknown, secret: string, at = new Date()) => {
  const text = JSON.stringify(body);
  return postRaw(platform, path, text, hmacHeaders(secret, text, at));
};
