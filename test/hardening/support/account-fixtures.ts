import { ulid } from 'ulid';
import { ACCOUNT_TOKEN_SECONDS, hashAccountToken, newAccountToken, type AccountTokenPurpose } from '../../../shared/accounts/account-token';
import { dynamoAccountTokenStore } from '../../../shared/accounts/dynamo-account-token-store';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import type { apiClient } from '../../support/api-client';

/** The password of the accounts the suites close (DELETE /v1/auth/me): none of the identities' own. */
export const CLOSER_PASSWORD = 'closing passphrase of the matrix';

/** How many links of each kind a world holds: each allowed call of a token route uses one up. */
const TOKENS_PER_KIND = 60;

/**
 * What the account routes of issue 20 need to succeed again and again: unused reset and verification links
 * (each works once), of accounts of their own so a reset never signs out an identity, and throwaway accounts
 * for the route that closes its caller. The links are made by the token store itself, as the routes make
 * them: through the mail, the per-address limits would allow only a handful an hour, and that path is tested
 * end to end in test/e2e/auth/.
 */
export const buildAccountFixtures = async (api: ReturnType<typeof apiClient>) => {
  // One account for both kinds of link (a reset also verifies; a verification of a verified address still
  // uses its link up), and two to close (the matrix's two customers): registrations per address are limited.
  const linked = await api.register({ name: 'Follows links', verified: false });
  const closers: string[] = [];
  for (let n = 0; n < 2; n++) closers.push((await api.register({ name: `Closes ${n}`, password: CLOSER_PASSWORD, verified: false })).accessToken);

  const store = dynamoAccountTokenStore(dynamoDocumentClient(), process.env.TABLE_NAME!);
  const mint = async (purpose: AccountTokenPurpose, user: { id: string; email: string }) => {
    const token = newAccountToken();
    const now = new Date();
    await store.create({ purpose, tokenHash: hashAccountToken(token), userId: user.id, email: user.email, createdAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + ACCOUNT_TOKEN_SECONDS[purpose] });
    return token;
  };
  const reset = await Promise.all(Array.from({ length: TOKENS_PER_KIND }, () => mint('password-reset', linked.user)));
  const verify = await Promise.all(Array.from({ length: TOKENS_PER_KIND }, () => mint('email-verification', linked.user)));
  return { tokens: { reset, verify }, closers, forgotEmail: () => `forgot-${ulid().toLowerCase()}@example.com` };
};

export type AccountFixtures = Awaited<ReturnType<typeof buildAccountFixtures>>;
