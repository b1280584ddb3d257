import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { ledgerStore } from './transaction-deps';
import { listTransactionsRoute } from './transaction-routes';

/** One Query of the caller's own partition; a cursor from another list is refused (pinned to that partition). */
export const handler = httpHandler(listTransactionsRoute, async ({ query, principal }) => ({
  status: 200,
  body: await ledgerStore().listForUser(customerOf(principal).userId, query),
}));
