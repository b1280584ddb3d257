import type { CommitPart } from '../data/commit-part';

/** What an Idempotency-Key of a plan change remembers: the change it started, and the request it was for. */
export interface PlanChangeReplay {
  planChangeId: string;
  requestHash: string;
  subscriptionId: string;
}

/** The Idempotency-Key records of the change-plan route; the DynamoDB adapter is dynamo-plan-change-idempotency.ts. */
export interface PlanChangeIdempotency {
  /** The key's record, as a part of the change's own transaction: a used key rejects the change. */
  claimPart(userId: string, key: string, replay: PlanChangeReplay, now: Date): CommitPart;
  replayOf(userId: string, key: string): Promise<PlanChangeReplay | undefined>;
}
