import type { Page } from '../catalog/service-store';
import type { CommitPart } from '../data/commit-part';
import type { DomainEvent } from '../events/domain-event';
import type { LedgerEntry, LedgerKeyFields, LedgerStatus } from './ledger-entry';
import type { CurrencyRevenue } from './revenue';

export type RecordOutcome = 'recorded' | 'duplicate';

/** The ledger's storage port; the DynamoDB adapter is dynamo-ledger-store.ts. */
export interface LedgerStore {
  /** The entry an event recorded, if it did (read strongly consistent). */
  find(entry: LedgerKeyFields & Pick<LedgerEntry, 'userId' | 'status' | 'occurredAt'>): Promise<LedgerEntry | undefined>;
  /** Records the entry with the events it causes, in one write; `duplicate` (nothing written) when its key exists. */
  record(entry: LedgerEntry, events: readonly DomainEvent[]): Promise<RecordOutcome>;
  /**
   * The entry as parts of another change (the renewal a payment buys, the period a renewal starts): the
   * entry's conditional put first, then what it adds to the month's revenue. A duplicate entry rejects that
   * change (`CommitPartRejected` naming the entry's part).
   */
  entryParts(entry: LedgerEntry): CommitPart[];
  /** A customer's own entries, newest first. */
  listForUser(userId: string, page: { limit: number; cursor?: string }): Promise<Page<LedgerEntry>>;
  /** Every entry of a status, newest first (administrators). */
  listByStatus(status: LedgerStatus, page: { limit: number; cursor?: string }): Promise<Page<LedgerEntry>>;
  /** The month's (`YYYY-MM`, UTC) matched payments, refunds and charges per currency, from its counters. */
  monthRevenue(month: string): Promise<CurrencyRevenue[]>;
}
