/** A refresh-token family: one login, rotated on every refresh. */
export interface Session {
  userId: string;
  sessionId: string;
  /** SHA-256 of the current refresh secret; earlier secrets of the family no longer match it. */
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string;
  /** Epoch seconds: the session ends (and DynamoDB's TTL removes it) after this. */
  expiresAt: number;
}

/** Sessions' storage port; the DynamoDB adapter is dynamo-session-store.ts. */
export interface SessionStore {
  create(session: Session): Promise<void>;
  get(userId: string, sessionId: string): Promise<Session | undefined>;
  /** Moves the session to a new secret only if the presented one is still the current one. */
  rotate(session: Session, newHash: string, now: string, expiresAt: number): Promise<boolean>;
  /** Ends one session (logout, or the reuse of a rotated refresh token). */
  revoke(userId: string, sessionId: string): Promise<void>;
  /** Ends every session of the account but `keep` (a password change); returns how many ended. */
  revokeAll(userId: string, keep?: string): Promise<number>;
}
