/**
 * A write that one store adds to another store's change so both land in one transaction or neither does: a
 * ledger entry committed with the renewal it pays for, the claim of an inbound event committed with the
 * transition it causes. Built by the store that owns the item (its DynamoDB adapter), passed through the
 * domain unopened, and read by the adapter that commits the change. The domain sees only `label`.
 */
export interface CommitPart {
  /** What the write is, for errors and logs: `ledger entry`, `inbound claim`. */
  readonly label: string;
  /** The adapter's own write (a TransactWriteItems element for DynamoDB). */
  readonly write: Readonly<Record<string, unknown>>;
}

/**
 * A part's own condition failed (its item exists: the entry was recorded, the event was claimed), so the
 * whole change was left out. For an idempotency record that means "already done": callers treat it as a
 * duplicate, never as a conflict to retry.
 */
export class CommitPartRejected extends Error {
  constructor(readonly part: CommitPart) {
    super(`The ${part.label} of this change exists already; nothing was written.`);
    this.name = 'CommitPartRejected';
  }
}

export const isCommitPartRejected = (error: unknown): error is CommitPartRejected => error instanceof CommitPartRejected;
