import * as z from 'zod';

/** The problem+json body, as documented in the OpenAPI document for every error response. */
export const problemSchema = z
  .object({
    type: z.string().meta({ example: 'https://docs.paas.example/problems/validation' }),
    title: z.string().meta({ example: 'Invalid request' }),
    status: z.number().int().meta({ example: 400 }),
    detail: z.string().meta({ example: 'The request is not valid.' }),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string().meta({ example: 'body.plans[0].price.amount' }), message: z.string() }))
      .optional(),
  })
  .meta({ id: 'Problem' });
