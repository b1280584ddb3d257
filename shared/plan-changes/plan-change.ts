import * as z from 'zod';
import { priceSchema, slugSchema } from '../catalog/slug-and-price';

const ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an id');
const limitsSchema = z.object({ cpuMillicores: z.number().int(), memoryMiB: z.number().int(), storageGiB: z.number().int() });

/**
 * A plan change in progress, held on the instance while it is RESIZING (the stream starts its workflow from
 * it, and the workflow reads it): what it moves from and to, and the prorated amount fixed when it was asked
 * for. The ledger entry is written only when the new plan runs, so a failed resize charges nothing.
 */
export const planChangeSchema = z
  .object({
    id: ulid.meta({ description: 'Names the workflow execution and keys the ledger entry' }),
    fromPlanId: slugSchema,
    toPlanId: slugSchema,
    fromPrice: priceSchema,
    toPrice: priceSchema,
    fromLimits: limitsSchema,
    toLimits: limitsSchema,
    proration: z
      .object({
        kind: z.enum(['charge', 'credit', 'none']),
        amount: z.number().int().min(0).meta({ description: 'Minor units, for the rest of the current period', example: 950 }),
        currency: z.string().regex(/^[A-Z]{3}$/),
        periodStart: z.iso.datetime(),
        periodEnd: z.iso.datetime(),
      })
      .meta({ description: 'The charge (upgrade) or credit (downgrade) recorded when the new plan runs' }),
    requestedAt: z.iso.datetime(),
  })
  .meta({ id: 'PlanChange' });

export type PlanChange = z.infer<typeof planChangeSchema>;

export const changePlanRequestSchema = z.strictObject({ planId: slugSchema.meta({ example: 'pro' }) }).meta({ id: 'ChangePlanRequest' });
