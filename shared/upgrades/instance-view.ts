import * as z from 'zod';
import type { ServiceStore } from '../catalog/service-store';
import { availableUpgrades, maxServiceVersions } from '../catalog/service-version';
import { subscriptionInstance } from '../subscriptions/manage-subscription';
import { instanceSchema, type Instance } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';

/** The instance as its customer reads it: with the versions it may upgrade to (newer, not end-of-life). */
export const instanceViewSchema = instanceSchema
  .extend({
    availableUpgrades: z
      .array(z.string())
      .max(maxServiceVersions)
      .meta({ description: 'Versions the instance may upgrade to, oldest first (POST …/instance/upgrade)', example: ['1.65.0'] }),
  })
  .meta({ id: 'InstanceView' });

export type InstanceView = z.infer<typeof instanceViewSchema>;

export const withAvailableUpgrades = async (services: Pick<ServiceStore, 'get'>, instance: Instance): Promise<InstanceView> => {
  const service = await services.get(instance.serviceSlug);
  return { ...instance, availableUpgrades: service ? availableUpgrades(service.versions, instance.appVersion).map((v) => v.version) : [] };
};

export const instanceView = async (deps: { subscriptions: SubscriptionStore; services: Pick<ServiceStore, 'get'> }, userId: string, subscriptionId: string) =>
  withAvailableUpgrades(deps.services, await subscriptionInstance(deps, userId, subscriptionId));
