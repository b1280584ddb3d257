import type { CallCounter } from './call-limit';

/**
 * The per-caller limits the shared middleware counts (issue 9, OWASP API4/API6): every valid call counts,
 * successful or not (an email already taken, no capacity), so the limit also bounds what a caller can probe.
 * Login counts only its failures (shared/accounts/login.ts) and webhook tests their own (shared/webhooks).
 */
export const registrationLimit: CallCounter = {
  scope: 'register',
  per: 'source address',
  what: 'registrations',
  // Generous for an office behind one address, far below scripted sign-ups.
  defaults: { limit: 30, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_REGISTER',
};

export const subscriptionCreateLimit: CallCounter = {
  scope: 'subscription-create',
  per: 'customer',
  what: 'subscriptions created',
  // Each one reserves capacity and starts a workflow; a customer needs a handful, not dozens an hour.
  defaults: { limit: 20, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_SUBSCRIPTION_CREATE',
};

export const manualBackupLimit: CallCounter = {
  scope: 'backup-create',
  per: 'customer',
  what: 'backups requested',
  // Each one dumps the customer's data and holds the instance for minutes; the daily schedule does the rest.
  defaults: { limit: 10, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_BACKUP_CREATE',
};

export const restoreLimit: CallCounter = {
  scope: 'restore',
  per: 'customer',
  what: 'restores requested',
  // A restore stops the app and takes a safety backup; a clone subscribes to a plan: a handful an hour.
  defaults: { limit: 10, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_RESTORE',
};

export const domainVerifyLimit: CallCounter = {
  scope: 'domain-verify',
  per: 'customer',
  what: 'domain checks requested',
  // Each asks DNS twice; the schedule checks every domain on its own, so a customer needs a few while they set records up.
  defaults: { limit: 120, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_DOMAIN_VERIFY',
};

export const restartLimit: CallCounter = {
  scope: 'instance-restart',
  per: 'customer',
  what: 'restarts requested',
  // Each one replaces every pod of an instance; a customer restarting more often than this needs support.
  defaults: { limit: 20, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_INSTANCE_RESTART',
};

export const planChangeLimit: CallCounter = {
  scope: 'plan-change',
  per: 'customer',
  what: 'plan changes requested',
  // Each one re-applies an instance's objects and writes a prorated entry; a busy instance refuses repeats anyway.
  defaults: { limit: 10, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_PLAN_CHANGE',
};

export const paymentSessionLimit: CallCounter = {
  scope: 'payment-session',
  per: 'customer',
  what: 'checkout and billing portal sessions opened',
  // Each one calls Stripe (and may make the account's Stripe customer); a person pays a few times a period.
  defaults: { limit: 30, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_PAYMENT_SESSION',
};

/** Password reset requests per address; the use case also counts them per account (shared/accounts/password-reset.ts). */
export const passwordForgotLimit: CallCounter = {
  scope: 'password-forgot',
  per: 'source address',
  what: 'password reset requests',
  // A person needs one or two; a script trying addresses needs thousands.
  defaults: { limit: 20, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_PASSWORD_FORGOT',
};

/** Uses of reset and verification links per address: a token is 256 random bits, this only bounds the probing. */
export const accountTokenUseLimit: CallCounter = {
  scope: 'account-token-use',
  per: 'source address',
  what: 'reset and verification links tried',
  // Above the registrations an address may make (each is verified once), far below any guessing.
  defaults: { limit: 60, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_ACCOUNT_TOKEN_USE',
};

export const verificationResendLimit: CallCounter = {
  scope: 'verification-resend',
  per: 'customer',
  what: 'verification emails requested',
  // Each one sends an email: a few for a slow inbox, not a way to mail an address over and over.
  defaults: { limit: 5, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_VERIFICATION_RESEND',
};

export const profileChangeLimit: CallCounter = {
  scope: 'profile-change',
  per: 'customer',
  what: 'profile changes',
  // A change of password or address checks the current password, and an address change sends two emails: a
  // person needs a handful, a stolen access token guessing the password or mailing an address needs many.
  defaults: { limit: 20, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_PROFILE_CHANGE',
};

export const accountCloseLimit: CallCounter = {
  scope: 'account-close',
  per: 'customer',
  what: 'attempts to close the account',
  // Each checks the password: it must not become a way to guess it with a stolen access token.
  defaults: { limit: 5, windowSeconds: 60 * 60 },
  variable: 'RATE_LIMIT_ACCOUNT_CLOSE',
};
