import type { DomainEvent } from '../events/domain-event';

/** A customer's TOTP enrolment. The secret never leaves the store towards the API after enrolment's answer. */
export interface TotpEnrolment {
  userId: string;
  status: 'PENDING' | 'ENABLED';
  secret: string;
  /** The last time step a code was accepted for: a code of this step or an earlier one is a replay. */
  lastStep?: number;
  recoveryCodeHashes: string[];
}

export interface MfaChallengeRecord {
  userId: string;
  id: string;
  secretHash: string;
  /** Epoch seconds. */
  expiresAt: number;
}

/**
 * Two-factor storage; the DynamoDB adapter is dynamo-totp-store.ts. Every use of a code is a conditional
 * write on the enrolment (a newer step, a recovery code still unused), so two requests with one code
 * cannot both pass.
 */
export interface TotpStore {
  get(userId: string): Promise<TotpEnrolment | undefined>;
  /** A new pending enrolment, replacing a pending one; `conflict` when two-factor sign-in is already on. */
  putPending(userId: string, secret: string, now: string): Promise<void>;
  /** Pending to enabled, with the confirming code's step and the recovery codes' hashes; false when the step was used or it is not pending. */
  enable(userId: string, step: number, recoveryCodeHashes: string[], now: string, events: DomainEvent[]): Promise<boolean>;
  /** Records a code's step as used if it is newer than the last one; false for a replay. */
  useStep(userId: string, step: number, now: string): Promise<boolean>;
  /** Spends a recovery code; false when it was already spent (or never one of this account's). */
  useRecoveryCode(userId: string, codeHash: string, now: string): Promise<boolean>;
  /** Removes the enrolment if the confirming credential is still unused (a newer step, or an unspent recovery code). */
  disable(userId: string, confirmation: { step: number } | { recoveryCodeHash: string }, events: DomainEvent[]): Promise<boolean>;
  createChallenge(challenge: MfaChallengeRecord): Promise<void>;
  getChallenge(userId: string, id: string): Promise<MfaChallengeRecord | undefined>;
  /** Deletes the challenge; false when another request took it first. */
  consumeChallenge(userId: string, id: string): Promise<boolean>;
  /** Removes the enrolment and nothing else, without a code (account close). */
  deleteAllOfUser(userId: string): Promise<void>;
}
