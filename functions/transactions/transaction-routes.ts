import { ledgerEntrySchema } from '../../shared/billing/ledger-entry';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';

export const listTransactionsRoute = defineRoute({
  operationId: 'listTransactions',
  method: 'GET',
  path: '/v1/transactions',
  handler: 'transactions/list-transactions',
  auth: 'customer',
  summary: "The caller's charges, payments and refunds, newest first",
  tags: ['Billing and usage'],
  request: { query: pageQuerySchema },
  responses: { 200: { description: 'A page of ledger entries (integer minor units with their currency).', schema: pageOf(ledgerEntrySchema, 'TransactionPage') } },
});

export const transactionRoutes = [listTransactionsRoute];
