import type { Page } from '../catalog/service-store';
import type { CommitPart } from '../data/commit-part';
import type { DomainEvent } from '../events/domain-event';
import type { LedgerEntry, LedgerStatus } from './ledger-entry';

export type RecordOutcome = 'recorded' | 'duplicate';

/** The ledger's storage port; the DynamoDB adapter is dynamo-ledger-store.ts. */
export interface LedgerStore {
  /** The entry an event recorded, if it did (read strongly consistent). */
  find(entry: Pick<LedgerEntry, 'userId' | 'status' | 'occurredAt' | 'provider' | 'providerEventId'>): Promise<LedgerEntry | undefined>;
  /** Records the entry with the events it causes, in one write; `duplicate` (nothing written) when its key exists. */
  record(entry: LedgerEntry, events: readonly DomainEvent[]): Promise<RecordOutcome>;
  /** The entry as a part of another change (the renewal a payment buys): a duplicate rejects that change. */
  entryPart(entry: LedgerEntry): CommitPart;
  /** A customer's own entries, newest first. */
  listForUser(userId: string, page: { limit: number; cursor?: string }): Promise<Page<LedgerEntry>>;
  /** Every entry of a status, newest first (administrators). */
  listByStatus(status: LedgerStatus, page: { limit: number; cursor?: string }): Promise<Page<LedgerEntry>>;
}
