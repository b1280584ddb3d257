import type { CommitPart } from '../data/commit-part';
import type { AccountTokenPurpose, AccountTokenRecord } from './account-token';

/** Account tokens' storage port; the DynamoDB adapter is dynamo-account-token-store.ts. */
export interface AccountTokenStore {
  create(record: AccountTokenRecord): Promise<void>;
  /** The token of that purpose and hash, used or not, while the table still holds it (read strongly consistent). */
  find(purpose: AccountTokenPurpose, tokenHash: string): Promise<AccountTokenRecord | undefined>;
  /**
   * The write that uses a token, to commit with the change it allows (a new password, a verified address):
   * it fails, and the change with it, if the token was used meanwhile or has expired.
   */
  usePart(record: AccountTokenRecord, usedAt: Date): CommitPart;
}
