import * as z from 'zod';

const ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an id');

export const ledgerKinds = ['charge', 'payment', 'payment-failed', 'refund'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];
export const ledgerStatuses = ['MATCHED', 'UNMATCHED'] as const;
export type LedgerStatus = (typeof ledgerStatuses)[number];

/**
 * One immutable entry of the transaction ledger (DESIGN section 4: money is integer minor units with a
 * currency). Written once with a condition, never updated: a correction is another entry (a refund). Its
 * idempotency key (`stripe:<event id>`) is part of its key, so the same provider event records once.
 * UNMATCHED: money no subscription could be matched to (no or an unknown subscription id, another currency
 * than the plan's), kept for an administrator and applied to no one.
 */
export const ledgerEntrySchema = z
  .object({
    id: ulid,
    kind: z.enum(ledgerKinds).meta({ description: 'charge: a period owed; payment: money received; payment-failed: an attempt that moved nothing; refund: money returned' }),
    status: z.enum(ledgerStatuses),
    amount: z.number().int().min(0).max(100_000_000_000).meta({ description: 'Minor units (cents)', example: 1900 }),
    currency: z.string().regex(/^[A-Z]{3}$/).meta({ example: 'EUR' }),
    userId: ulid.optional(),
    subscriptionId: z.string().max(100).optional().meta({ description: 'As the provider named it; an unmatched entry may name one that does not exist' }),
    description: z.string().max(300).meta({ example: 'Payment for n8n (starter)' }),
    note: z.string().max(300).optional().meta({ description: 'Why it was not applied, or not matched' }),
    provider: z.literal('stripe'),
    providerEventId: z.string().max(255).meta({ example: 'evt_1QabCdEfGhIjKlMn' }),
    providerEventType: z.string().max(100).meta({ example: 'invoice.paid' }),
    reference: z.string().max(255).optional().meta({ description: "The provider's object (invoice, payment intent, refund)", example: 'in_1QabCdEfGhIjKlMn' }),
    occurredAt: z.iso.datetime().meta({ description: 'When the provider says it happened' }),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'Transaction' });

export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** The key that makes recording idempotent: one entry per provider event. */
export const ledgerIdempotencyKey = (entry: Pick<LedgerEntry, 'provider' | 'providerEventId'>) => `${entry.provider}:${entry.providerEventId}`;
