import * as z from 'zod';

/**
 * The two catalog values other entities carry (a subscription's service and plan slugs and price, a plan
 * change's): apart from service.ts, so that importing them does not build the whole service schema (with its
 * versions, ~200 zod objects) at the cold start of every route that reads a subscription.
 */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/, 'must be 1–40 lowercase letters, digits or inner dashes')
  .meta({ description: 'URL-safe identifier', example: 'n8n' });

/** Prices are integers in minor units with an ISO 4217 code. */
export const priceSchema = z
  .strictObject({
    amount: z.number().int().min(0).max(100_000_000).meta({ description: 'Minor units (cents)', example: 1900 }),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR').meta({ example: 'EUR' }),
  })
  .meta({ id: 'Price' });
