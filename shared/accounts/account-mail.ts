import { ulid } from 'ulid';
import { logger } from '../logging/logger';
import { composeLetter } from '../notifications/compose-email';
import type { EmailMessage, EmailSender } from '../notifications/email-sender';

/**
 * The account emails: the links of a password reset, of an email verification and of an email change, and
 * the notices that follow (a password was reset, a new address was asked for or took effect). They carry a token, so
 * they never pass through an event or a notification (both are stored and shown); they are sent straight
 * through the platform's email sender, in the notifications' letter.
 */
export type AccountMailKind =
  | 'password-reset'
  | 'email-verification'
  | 'email-change'
  | 'email-change-requested'
  | 'email-changed'
  | 'password-changed'
  | 'account-closed';

/** What a notice says besides its kind: the address an email change moves to. */
export interface AccountMailDetail {
  newEmail?: string;
}

export interface AccountMailDeps {
  /** Absent when emails are off (no sender configured in AWS). */
  email?: EmailSender;
  /** Where the links point: the page that takes the token from the fragment and POSTs it to the API. */
  linkBaseUrl: string;
}

const minutes = (seconds: number) => `${Math.round(seconds / 60)} minutes`;

/** The token goes in the fragment, which browsers never send to a server: no web log ever holds it. */
const linkTo = (deps: AccountMailDeps, page: string, token: string) => `${deps.linkBaseUrl.replace(/\/+$/, '')}/${page}#token=${token}`;

/** A link to POST /v1/auth/email/verify: a new account's address, or the one an account asked to move to. */
const verificationLetter = (deps: AccountMailDeps, token: string, validSeconds: number, words: { subject: string; ask: string; meanwhile: string }) => ({
  subject: words.subject,
  text: [
    words.ask,
    '',
    linkTo(deps, 'verify-email', token),
    '',
    `The link works once, for ${Math.round(validSeconds / 3600)} hours. A client may instead POST {"token": "${token}"} to /v1/auth/email/verify.`,
    words.meanwhile,
  ].join('\n'),
});

const letters = {
  'password-reset': (deps: AccountMailDeps, token: string, validSeconds: number) => ({
    subject: 'Reset your password',
    text: [
      'Someone (we hope you) asked to reset the password of your account. To choose a new one, open:',
      '',
      linkTo(deps, 'reset-password', token),
      '',
      `The link works once, for ${minutes(validSeconds)}. A client may instead POST {"token": "${token}", "password": "…"} to /v1/auth/password/reset.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  }),
  'email-verification': (deps: AccountMailDeps, token: string, validSeconds: number) =>
    verificationLetter(deps, token, validSeconds, {
      subject: 'Confirm your email address',
      ask: 'Please confirm that this address is yours by opening:',
      meanwhile: 'Until it is confirmed, the account cannot subscribe to services or add webhooks.',
    }),
  'email-change': (deps: AccountMailDeps, token: string, validSeconds: number) =>
    verificationLetter(deps, token, validSeconds, {
      subject: 'Confirm your new email address',
      ask: 'You asked to sign in to your account with this address from now on. To confirm that it is yours, open:',
      meanwhile: 'Until it is confirmed, the account keeps its current address. If you did not ask for this, ignore this email.',
    }),
  'email-change-requested': (_deps: AccountMailDeps, _token: string, _validSeconds: number, detail: AccountMailDetail) => ({
    subject: 'A new email address was asked for your account',
    text: [
      `Someone signed in to your account asked to move it to ${detail.newEmail}. It takes effect only when the link sent there is followed; until then this address stays the account's.`,
      'If that was not you, sign in, change your password, and set your email back to this address: that cancels the change.',
    ].join('\n'),
  }),
  'email-changed': (_deps: AccountMailDeps, _token: string, _validSeconds: number, detail: AccountMailDetail) => ({
    subject: 'Your email address was changed',
    text: `Your account now signs in with ${detail.newEmail}, confirmed from that address; this one no longer receives its emails. If that was not you, contact support at once.`,
  }),
  'password-changed': () => ({
    subject: 'Your password was reset',
    text: 'The password of your account was just reset with a link sent to this address, and every session was signed out. If that was not you, reset it again at once and contact support.',
  }),
  'account-closed': () => ({
    subject: 'Your account is closed',
    text: 'Your account was closed at your request: its subscriptions are cancelled, its webhooks removed and your personal data erased. The ledger of payments is kept, without your name or address, as the law requires.',
  }),
} as const;

/**
 * Sends one account email. A failed send is logged (never the message, which may hold a token) and answered
 * false: the request that asked for it still succeeds, and the person can ask again.
 */
export const sendAccountMail = async (
  deps: AccountMailDeps,
  kind: AccountMailKind,
  recipient: { email: string; name: string; userId: string },
  link?: { token: string; validSeconds: number },
  detail: AccountMailDetail = {},
): Promise<boolean> => {
  if (!deps.email) {
    logger.warn('account email not sent: emails are off', { kind, userId: recipient.userId });
    return false;
  }
  const { subject, text } = letters[kind](deps, link?.token ?? '', link?.validSeconds ?? 0, detail);
  const id = ulid();
  const message: EmailMessage = {
    to: recipient.email,
    subject,
    text: composeLetter(recipient.name, text, 'You get this email because of an action on your account at the platform.'),
    eventId: id,
    eventType: `account.${kind}`,
    notificationId: id,
  };
  try {
    await deps.email.send(message);
    return true;
  } catch (error) {
    logger.error('account email failed', { kind, userId: recipient.userId, error: (error as Error).name });
    return false;
  }
};
