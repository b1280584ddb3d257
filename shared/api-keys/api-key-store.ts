import type { DomainEvent } from '../events/domain-event';
import type { ApiKey, StoredApiKey } from './api-key';

/** API keys' storage port; the DynamoDB adapter is dynamo-api-key-store.ts. */
export interface ApiKeyStore {
  /** The key and its events in one transaction. */
  create(key: StoredApiKey, events: DomainEvent[]): Promise<void>;
  /** The stored key with its hash, read strongly consistent: a revoked key fails from the next request on. */
  get(keyId: string): Promise<StoredApiKey | undefined>;
  /** A customer's keys, oldest first: never their hashes. */
  list(userId: string): Promise<ApiKey[]>;
  /** Deletes the key if it is this customer's (`not-found` otherwise), with its events. */
  revoke(userId: string, keyId: string, events: DomainEvent[]): Promise<void>;
  /** Records a use, only when the stored last use is older than `staleBefore`: at most one write a minute per key. */
  touch(keyId: string, now: string, staleBefore: string): Promise<void>;
  /** Every key of a customer gone at once (account close): answers how many were deleted. */
  deleteAllOfUser(userId: string): Promise<number>;
}
