/**
 * The secrets an instance is born with. They are generated once, outside rendering (generate-credentials.ts),
 * and passed in, so rendering is deterministic and a retried provisioning step re-applies the same values:
 * a database initialised with one password must never be handed another.
 */
export interface DatabaseCredentials {
  databasePassword: string;
  databaseRootPassword: string;
}

export interface N8nCredentials {
  /** Encrypts the credentials n8n stores for its workflows; losing it loses them. */
  encryptionKey: string;
}

export type GhostCredentials = DatabaseCredentials;

/** WordPress's authentication keys and salts, fixed so sessions survive a pod restart. */
export const wordpressKeyNames = [
  'authKey',
  'secureAuthKey',
  'loggedInKey',
  'nonceKey',
  'authSalt',
  'secureAuthSalt',
  'loggedInSalt',
  'nonceSalt',
] as const;

export type WordpressKeyName = (typeof wordpressKeyNames)[number];

export interface WordpressCredentials extends DatabaseCredentials {
  keys: Record<WordpressKeyName, string>;
}

export interface CredentialsByTemplate {
  n8n: N8nCredentials;
  ghost: GhostCredentials;
  wordpress: WordpressCredentials;
}
