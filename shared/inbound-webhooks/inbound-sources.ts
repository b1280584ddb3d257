/**
 * The senders the platform accepts webhooks from (API.md "Inbound webhooks"), each on its own route, with its
 * own secret and, optionally, its own list of source address ranges.
 */
export const inboundSources = ['payments', 'kubernetes', 'alerts'] as const;
export type InboundSource = (typeof inboundSources)[number];

/** How old a signed timestamp may be (and how far ahead, for the HMAC hooks): Stripe's own default. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/** The headers of each scheme, lower-cased as API Gateway delivers them. */
export const signatureHeaders = {
  /** Stripe's `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">[,v1=…]`. */
  stripe: 'stripe-signature',
  /** The HMAC hooks: `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`, several comma-separated while a secret rotates. */
  hmac: 'x-signature',
  /** Unix seconds, inside the signed text, so a captured request cannot be replayed later. */
  hmacTimestamp: 'x-signature-timestamp',
} as const;

/**
 * The Alertmanager label that names the platform instance an alert is about (the instance id): such an alert
 * also reaches that instance's owner as `instance.alert`.
 */
export const INSTANCE_ALERT_LABEL = 'paas_instance';

/**
 * How long the claim of a Kubernetes event or an alert is kept (TTL). Longer than any redelivery (an event
 * exporter restarting re-sends the last hour; Alertmanager repeats every few hours), short enough to cost
 * nothing. Payments are not claimed here: their ledger entry is their claim, forever.
 */
export const INBOUND_CLAIM_SECONDS = 7 * 24 * 3600;
