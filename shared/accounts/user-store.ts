import type { Page } from '../catalog/service-store';
import type { CommitPart } from '../data/commit-part';
import type { DomainEvent } from '../events/domain-event';
import type { StoredUser, User, UserStatus } from './user';

export interface UserListQuery {
  limit: number;
  cursor?: string;
  emailPrefix?: string;
  status?: UserStatus;
}

/** Customer accounts' storage port; the DynamoDB adapter is dynamo-user-store.ts. */
export interface UserStore {
  /** Fails with `conflict` when the email is taken; the account, its email claim and the counts in one transaction. */
  create(user: StoredUser, events: DomainEvent[]): Promise<void>;
  get(userId: string, options?: { consistent?: boolean }): Promise<StoredUser | undefined>;
  /** The account an email belongs to. */
  findByEmail(email: string): Promise<StoredUser | undefined>;
  /**
   * Changes name, password hash, verification, pending address (null removes it) and/or status, on the
   * version read; a status change moves the counts. `parts` commit in the same transaction (the use of a reset token); when one of them fails its own
   * condition this throws CommitPartRejected naming it, and nothing is written.
   */
  update(
    current: StoredUser,
    changes: { name?: string; passwordHash?: string; status?: UserStatus; emailVerified?: boolean; pendingEmail?: string | null },
    now: string,
    events: DomainEvent[],
    parts?: readonly CommitPart[],
  ): Promise<StoredUser>;
  /**
   * Moves the account to its pending address, verified, on the version read: the new address is claimed
   * (fails with `conflict` when another account holds it) and the old claim released in one transaction with
   * `parts` (the use of the link), so the account is never without a claim nor holds two.
   */
  changeEmail(current: StoredUser, now: string, events: DomainEvent[], parts: readonly CommitPart[]): Promise<StoredUser>;
  /** Removes the account and its email claim, on the version read. */
  delete(current: StoredUser, events: DomainEvent[]): Promise<void>;
  list(query: UserListQuery): Promise<Page<User>>;
  countByStatus(): Promise<Record<UserStatus, number>>;
}
