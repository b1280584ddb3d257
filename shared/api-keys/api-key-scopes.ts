import type { ApiKeyScope } from './api-key';

/**
 * The one table of what an API key may call: a customer route (`METHOD /path`, as functions/routes.ts has
 * it) and the scope it needs. A customer route missing here is refused to every key (403), whatever its
 * scopes: the account itself (/v1/auth/*: profile, password, sessions, keys, two-factor) is a person's, so
 * a leaked key can neither make more keys nor turn off a second factor. test/unit/api-keys checks that every
 * row names a customer route of the table, and that every customer route is here or in `personOnlyRoutes`.
 */
export const apiKeyScopeOfRoute: Readonly<Record<string, ApiKeyScope>> = {
  'POST /v1/subscriptions': 'subscriptions:write',
  'GET /v1/subscriptions': 'subscriptions:read',
  'GET /v1/subscriptions/{id}': 'subscriptions:read',
  'POST /v1/subscriptions/{id}/cancel': 'subscriptions:write',
  'POST /v1/subscriptions/{id}/renew': 'subscriptions:write',
  'GET /v1/subscriptions/{id}/instance': 'subscriptions:read',
  'GET /v1/subscriptions/{id}/usage': 'subscriptions:read',
  'POST /v1/subscriptions/{id}/backups': 'subscriptions:write',
  'GET /v1/subscriptions/{id}/backups': 'subscriptions:read',
  'GET /v1/subscriptions/{id}/backups/{backupId}': 'subscriptions:read',
  'DELETE /v1/subscriptions/{id}/backups/{backupId}': 'subscriptions:write',
  'GET /v1/subscriptions/{id}/backups/{backupId}/download': 'subscriptions:read',
  'POST /v1/subscriptions/{id}/backups/{backupId}/restore': 'subscriptions:write',
  'POST /v1/subscriptions/{id}/instance/upgrade': 'subscriptions:write',
  'POST /v1/subscriptions/{id}/instance/restart': 'subscriptions:write',
  'GET /v1/subscriptions/{id}/instance/logs': 'subscriptions:read',
  'GET /v1/subscriptions/{id}/instance/events': 'subscriptions:read',
  'POST /v1/subscriptions/{id}/change-plan': 'subscriptions:write',
  // A Checkout Session for the subscription's plan: the customer still pays on Stripe's own page.
  'POST /v1/subscriptions/{id}/checkout': 'subscriptions:write',
  'POST /v1/subscriptions/{id}/domains': 'subscriptions:write',
  'GET /v1/subscriptions/{id}/domains': 'subscriptions:read',
  'POST /v1/subscriptions/{id}/domains/{hostname}/verify': 'subscriptions:write',
  'DELETE /v1/subscriptions/{id}/domains/{hostname}': 'subscriptions:write',
  // Notifications tell of the subscriptions and their instances: reading them is reading those.
  'GET /v1/notifications': 'subscriptions:read',
  'POST /v1/notifications/{id}/read': 'subscriptions:read',
  'POST /v1/webhooks': 'webhooks',
  'GET /v1/webhooks': 'webhooks',
  'GET /v1/webhooks/{id}': 'webhooks',
  'PATCH /v1/webhooks/{id}': 'webhooks',
  'DELETE /v1/webhooks/{id}': 'webhooks',
  'POST /v1/webhooks/{id}/rotate-secret': 'webhooks',
  'GET /v1/webhooks/{id}/deliveries': 'webhooks',
  'POST /v1/webhooks/{id}/test': 'webhooks',
  'POST /v1/webhooks/{id}/deliveries/{deliveryId}/retry': 'webhooks',
  'GET /v1/transactions': 'billing:read',
};

/** The customer routes no key may call, and why: the check that every customer route is classified reads it. */
export const personOnlyRoutes: Readonly<Record<string, string>> = {
  'POST /v1/auth/logout': 'ends a signed-in session; a key has none (revoke the key instead)',
  'GET /v1/auth/me': 'the account itself',
  'PATCH /v1/auth/me': 'the account itself: name and password',
  'POST /v1/auth/api-keys': 'a leaked key must not make more keys',
  'GET /v1/auth/api-keys': 'the account itself',
  'DELETE /v1/auth/api-keys/{id}': 'revoking is the owner’s, signed in',
  'POST /v1/auth/mfa/totp': 'two-factor sign-in is a person’s',
  'POST /v1/auth/mfa/totp/confirm': 'two-factor sign-in is a person’s',
  'DELETE /v1/auth/mfa/totp': 'two-factor sign-in is a person’s',
  'POST /v1/auth/email/resend': 'the account’s address is the person’s to prove',
  'DELETE /v1/auth/me': 'closing the account needs the person’s password',
  'GET /v1/auth/me/export': 'everything held about the person: theirs to take, not a script’s',
  'POST /v1/billing/portal': 'cards and invoices are the person’s to manage, signed in',
};

/** The scope a route needs of a key, or undefined when no key may call it. */
export const apiKeyScopeOf = (routeKey: string): ApiKeyScope | undefined => apiKeyScopeOfRoute[routeKey];
