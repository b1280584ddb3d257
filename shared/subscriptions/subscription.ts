import * as z from 'zod';
import { priceSchema, slugSchema } from '../catalog/service';
import { instanceStates, subscriptionStates } from './lifecycle';

const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an id');

export const subscriptionSchema = z
  .object({
    id: ulidSchema,
    userId: ulidSchema,
    serviceSlug: slugSchema,
    planId: z.string(),
    name: z.string(),
    status: z.enum(subscriptionStates),
    instanceId: ulidSchema,
    price: priceSchema,
    billingPeriod: z.enum(['month', 'year']),
    currentPeriodStart: z.iso.datetime().optional(),
    currentPeriodEnd: z.iso.datetime().optional().meta({ description: 'Set when the subscription becomes ACTIVE' }),
    suspendedReason: z.enum(['admin', 'payment']).optional(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Subscription' });

export const instanceStepSchema = z.object({ step: z.string(), at: z.iso.datetime(), detail: z.string().optional() });

export const instanceSchema = z
  .object({
    id: ulidSchema,
    subscriptionId: ulidSchema,
    userId: ulidSchema,
    status: z.enum(instanceStates),
    serviceSlug: slugSchema,
    template: z.string(),
    appVersion: z.string(),
    namespace: z.string(),
    url: z.string().meta({ example: 'https://01jd7y7q.apps.example.com' }),
    nodeName: z.string().optional(),
    resources: z.object({ cpuMillicores: z.number().int(), memoryMiB: z.number().int(), storageGiB: z.number().int() }),
    steps: z.array(instanceStepSchema).meta({ description: 'The last steps and events, newest last' }),
    failureReason: z.string().optional(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Instance' });

export const createSubscriptionSchema = z
  .strictObject({
    serviceSlug: slugSchema,
    planId: slugSchema.meta({ example: 'starter' }),
    name: z.string().trim().min(1).max(80).optional().meta({ example: 'Marketing automations' }),
  })
  .meta({ id: 'CreateSubscription' });

export type Subscription = z.infer<typeof subscriptionSchema>;
export type Instance = z.infer<typeof instanceSchema>;
export type CreateSubscription = z.infer<typeof createSubscriptionSchema>;
