import * as z from 'zod';

const ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an id');

export const ledgerKinds = ['charge', 'credit', 'payment', 'payment-failed', 'refund'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];
export const ledgerStatuses = ['MATCHED', 'UNMATCHED'] as const;
export type LedgerStatus = (typeof ledgerStatuses)[number];

/**
 * One immutable entry of the transaction ledger (DESIGN section 4: money is integer minor units with a
 * currency). Written once with a condition, never updated: a correction is another entry (a refund). Its
 * idempotency key is part of its key: `stripe:<event id>` for what a provider reported (payments, failed
 * payments, refunds), so the same event records once; `charge:<subscription id>:<period start>` for the
 * charge of a billing period, so a period is charged once however often its renewal is retried;
 * `plan-change:<plan change id>` for the prorated charge or credit of a plan change (shared/plan-changes),
 * so a retried change charges once.
 * UNMATCHED: money no subscription could be matched to (no or an unknown subscription id, another currency
 * than the plan's), kept for an administrator and applied to no one.
 */
export const ledgerEntrySchema = z
  .object({
    id: ulid,
    kind: z
      .enum(ledgerKinds)
      .meta({ description: 'charge: owed (a period, or the rest of one after an upgrade); credit: owed back (the rest of a period after a downgrade); payment: money received; payment-failed: an attempt that moved nothing; refund: money returned' }),
    status: z.enum(ledgerStatuses),
    amount: z.number().int().min(0).max(100_000_000_000).meta({ description: 'Minor units (cents)', example: 1900 }),
    currency: z.string().regex(/^[A-Z]{3}$/).meta({ example: 'EUR' }),
    userId: ulid.optional(),
    subscriptionId: z.string().max(100).optional().meta({ description: 'As the provider named it; an unmatched entry may name one that does not exist' }),
    description: z.string().max(300).meta({ example: 'Payment for n8n (starter)' }),
    note: z.string().max(300).optional().meta({ description: 'Why it was not applied, or not matched' }),
    provider: z.literal('stripe').optional().meta({ description: 'Who reported the money moving; absent on a charge (the platform bills it)' }),
    providerEventId: z.string().max(255).optional().meta({ example: 'evt_1QabCdEfGhIjKlMn' }),
    providerEventType: z.string().max(100).optional().meta({ example: 'invoice.paid' }),
    reference: z.string().max(255).optional().meta({ description: "The provider's object (invoice, payment intent, refund)", example: 'in_1QabCdEfGhIjKlMn' }),
    periodStart: z.iso.datetime().optional().meta({ description: 'A charge: the start of the billing period it is for' }),
    periodEnd: z.iso.datetime().optional().meta({ description: 'A charge: the end of that period' }),
    planChangeId: ulid.optional().meta({ description: 'A plan change’s prorated charge or credit: the change it is for' }),
    occurredAt: z.iso.datetime().meta({ description: "When the provider says it happened; for a charge, its period's start" }),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'Transaction' });

export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** What an entry's idempotency key is made of. */
export type LedgerKeyFields = Pick<LedgerEntry, 'kind' | 'subscriptionId' | 'periodStart' | 'provider' | 'providerEventId' | 'planChangeId'>;

/**
 * The key that makes recording idempotent: one entry per provider event, one charge per subscription and
 * period start. An entry that has neither is a programming error, refused before anything is written.
 */
export const ledgerIdempotencyKey = (entry: LedgerKeyFields): string => {
  // First: a plan change's charge also names its period, and must not collide with the period's own charge.
  if (entry.planChangeId) return `plan-change:${entry.planChangeId}`;
  if (entry.kind === 'credit') throw new Error('A credit needs its plan change.');
  if (entry.kind === 'charge') {
    if (!entry.subscriptionId || !entry.periodStart) throw new Error('A charge needs its subscription and period start.');
    return `charge:${entry.subscriptionId}:${entry.periodStart}`;
  }
  if (!entry.provider || !entry.providerEventId) throw new Error(`A ${entry.kind} needs its provider event.`);
  return `${entry.provider}:${entry.providerEventId}`;
};
