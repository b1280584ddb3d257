import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Signing secrets in the Standard Webhooks format: `whsec_` + base64 of random bytes (the spec asks for
 * 24 to 64; 32 gives HMAC-SHA256 a full-size key). Receivers pass the string as is to their library.
 *
 * The delivery must sign with the secret itself, so it is stored retrievable (not hashed) on the endpoint
 * item; the table is encrypted at rest (AWS-owned key, see infra/aws/constructs/data-table.ts). It leaves
 * the store only towards the delivery, and the API shows it only in the answers to create and rotate.
 * (The table's stream carries the item too, but every stream consumer filters on other entity types.)
 * Never log it.
 */
export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;
/** After a rotation the old secret keeps signing beside the new one this long, so receivers can roll over. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 3600 * 1000;
/** Rotating again and again keeps at most this many previous secrets (the oldest go first). */
const MAX_PREVIOUS_SECRETS = 5;

export const secretPattern = /^whsec_[A-Za-z0-9+/]{43}=$/;

export const newWebhookSecret = (): string => `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;

export interface PreviousSecret {
  secret: string;
  /** ISO time after which it no longer signs. */
  expiresAt: string;
}

export interface WebhookSecrets {
  secret: string;
  previousSecrets: PreviousSecret[];
}

/** The secrets that sign a delivery at `now`: the current one first, then the previous ones still in their grace. */
export const activeSecrets = (endpoint: WebhookSecrets, now: Date): string[] => [
  endpoint.secret,
  ...endpoint.previousSecrets.filter((previous) => Date.parse(previous.expiresAt) > now.getTime()).map((previous) => previous.secret),
];

/** The secrets after a rotation: the new one current, the old one kept for the grace period, expired ones dropped. */
export const rotateSecrets = (endpoint: WebhookSecrets, newSecret: string, now: Date): WebhookSecrets => ({
  secret: newSecret,
  previousSecrets: [
    { secret: endpoint.secret, expiresAt: new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS).toISOString() },
    ...endpoint.previousSecrets.filter((previous) => Date.parse(previous.expiresAt) > now.getTime()),
  ].slice(0, MAX_PREVIOUS_SECRETS),
});

/**
 * The `webhook-signature` header value: one `v1,<signature>` per active secret, space-separated, as Standard
 * Webhooks specifies for rotations; a receiver accepts the message if any of them verifies.
 */
export const signatureHeader = (secrets: string[], messageId: string, timestamp: Date, payload: string): string =>
  secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, payload)).join(' ');
