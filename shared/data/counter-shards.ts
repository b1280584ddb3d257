import { createHash } from 'node:crypto';

/**
 * How many items a counter is spread over. DynamoDB refuses a transaction that touches an item another
 * transaction is writing at the same moment (TransactionConflict), so a counter ADDed in the transactions
 * of many unrelated changes is split: each change ADDs to one shard, readers sum them (one Query).
 */
export const COUNTER_SHARDS = 8;

/** The shard a change counts in, fixed by its subject's id (the subscription, the ledger entry's key). */
export const counterShard = (subject: string): number => createHash('sha256').update(subject).digest().readUInt32BE(0) % COUNTER_SHARDS;
