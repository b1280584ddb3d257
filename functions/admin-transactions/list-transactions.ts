import { httpHandler } from '../../shared/http/http-handler';
import { ledgerStore } from '../transactions/transaction-deps';
import { adminListTransactionsRoute } from './admin-transaction-routes';

export const handler = httpHandler(adminListTransactionsRoute, async ({ query: { status, ...page } }) => ({
  status: 200,
  body: await ledgerStore().listByStatus(status === 'matched' ? 'MATCHED' : 'UNMATCHED', page),
}));
