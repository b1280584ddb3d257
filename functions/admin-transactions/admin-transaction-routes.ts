import * as z from 'zod';
import { ledgerEntrySchema } from '../../shared/billing/ledger-entry';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';

export const adminListTransactionsRoute = defineRoute({
  operationId: 'adminListTransactions',
  method: 'GET',
  path: '/v1/admin/transactions',
  handler: 'admin-transactions/list-transactions',
  auth: 'admin',
  summary: 'Every ledger entry of a status, newest first: unmatched (the default) or matched',
  tags: ['Administration: billing'],
  request: {
    query: pageQuerySchema.extend({
      status: z
        .enum(['unmatched', 'matched'])
        .default('unmatched')
        .meta({ description: 'unmatched: money no subscription could be matched to (unknown subscription, another currency), applied to no one' }),
    }),
  },
  responses: { 200: { description: 'A page of ledger entries.', schema: pageOf(ledgerEntrySchema, 'AdminTransactionPage') } },
});

export const adminTransactionRoutes = [adminListTransactionsRoute];
