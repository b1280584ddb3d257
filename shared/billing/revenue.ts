import * as z from 'zod';
import type { LedgerEntry } from './ledger-entry';

/** The figures kept per month and currency, each a sum of minor units. */
export const revenueFields = ['payments', 'refunds', 'charges'] as const;
export type RevenueField = (typeof revenueFields)[number];

/** The UTC month of an instant, `YYYY-MM`: the bucket of the revenue counters. */
export const revenueMonthOf = (at: string | Date): string => (typeof at === 'string' ? new Date(at) : at).toISOString().slice(0, 7);

/**
 * What an entry adds to the revenue of its month (the month it is dated in: a payment's provider time, a
 * charge's period start), or nothing. Only MATCHED money counts: an unmatched payment was applied to no
 * one and may yet be refunded; a failed payment moved nothing.
 */
export const revenueContribution = (entry: Pick<LedgerEntry, 'kind' | 'status' | 'amount' | 'currency' | 'occurredAt'>): { month: string; currency: string; field: RevenueField; amount: number } | undefined => {
  if (entry.status !== 'MATCHED') return undefined;
  // A credit (a downgrade's rest of a period) takes back part of what was charged: the month's charges are net.
  if (entry.kind === 'credit') return { month: revenueMonthOf(entry.occurredAt), currency: entry.currency, field: 'charges', amount: -entry.amount };
  const field = ({ payment: 'payments', refund: 'refunds', charge: 'charges' } as const)[entry.kind as 'payment' | 'refund' | 'charge'];
  if (!field) return undefined;
  return { month: revenueMonthOf(entry.occurredAt), currency: entry.currency, field, amount: entry.amount };
};

const minor = z.number().int().meta({ description: 'Minor units (cents)' });

export const currencyRevenueSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/).meta({ example: 'EUR' }),
    payments: minor.meta({ description: 'Payments received (matched to a subscription), minor units', example: 5700 }),
    refunds: minor.meta({ description: 'Refunds given, minor units', example: 1900 }),
    net: minor.meta({ description: 'payments − refunds', example: 3800 }),
    charges: minor.meta({ description: 'What the periods starting this month were charged, less plan changes’ credits, minor units', example: 5700 }),
  })
  .meta({ id: 'CurrencyRevenue' });

export type CurrencyRevenue = z.infer<typeof currencyRevenueSchema>;

/** Sums the counter items of a month (one per currency and shard) into one row per currency, by code. */
export const sumRevenue = (items: readonly ({ currency: string } & Partial<Record<RevenueField, number>>)[]): CurrencyRevenue[] => {
  const byCurrency = new Map<string, CurrencyRevenue>();
  for (const item of items) {
    const row = byCurrency.get(item.currency) ?? { currency: item.currency, payments: 0, refunds: 0, net: 0, charges: 0 };
    for (const field of revenueFields) row[field] += item[field] ?? 0;
    row.net = row.payments - row.refunds;
    byCurrency.set(item.currency, row);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
};
