import * as z from 'zod';
import { priceSchema, slugSchema } from '../catalog/slug-and-price';
import { planChangeSchema } from '../plan-changes/plan-change';
import { degradationCauses, instanceStates, subscriptionStates } from './lifecycle';

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
    suspendedAt: z.iso.datetime().optional().meta({ description: 'When it was suspended; one suspended for payment expires a grace period after' }),
    expiringNoticeFor: z.iso.datetime().optional().meta({ description: 'The period end the customer was last told of (subscription.expiring), once per period' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Subscription' });

/**
 * Why an instance is DEGRADED (shared/subscriptions/instance-health.ts): what was seen, on which pod, since
 * when. Kept until it recovers, so a later signal can be judged against it.
 */
export const degradationSchema = z
  .object({
    cause: z.enum(degradationCauses),
    reason: z.string().meta({ example: 'BackOff' }),
    message: z.string().optional().meta({ example: 'Back-off restarting failed container n8n in pod n8n-01jd7y7q-5d9c7b-x2k4p' }),
    pod: z.string().optional(),
    since: z.iso.datetime(),
  })
  .meta({ id: 'InstanceDegradation' });

export const instanceStepSchema = z.object({ step: z.string(), at: z.iso.datetime(), detail: z.string().optional() });

export const instanceSchema = z
  .object({
    id: ulidSchema,
    subscriptionId: ulidSchema,
    userId: ulidSchema,
    status: z.enum(instanceStates),
    serviceSlug: slugSchema,
    template: z.string(),
    appVersion: z.string().meta({ description: 'The version of the app the instance runs (the catalog service’s `versions`)', example: '1.64.0' }),
    image: z.string().optional().meta({ description: 'The image and tag it runs', example: 'n8nio/n8n:1.64.0' }),
    namespace: z.string(),
    url: z.string().meta({ example: 'https://01jd7y7q.apps.example.com' }),
    nodeName: z.string().optional(),
    resources: z
      .object({ cpuMillicores: z.number().int(), memoryMiB: z.number().int(), storageGiB: z.number().int() })
      .meta({ description: 'What the instance runs with: its plan’s limits; storageGiB is its volumes’ size, which only grows (a failed plan change may leave it larger)' }),
    steps: z.array(instanceStepSchema).meta({ description: 'The last steps and events, newest last' }),
    failureReason: z.string().optional(),
    degradation: degradationSchema.optional().meta({ description: 'Why the instance is DEGRADED; absent otherwise' }),
    planChange: planChangeSchema.optional().meta({ description: 'The plan change in progress while the instance is RESIZING; absent otherwise' }),
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
