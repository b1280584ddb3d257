import * as z from 'zod';
import type { UserStore } from '../accounts/user-store';
import type { ServiceStore } from '../catalog/service-store';

export const platformStatsSchema = z
  .object({
    users: z.object({ total: z.number().int(), ACTIVE: z.number().int(), DISABLED: z.number().int() }),
    services: z.object({ active: z.number().int() }),
  })
  .meta({ id: 'PlatformStats' });

export type PlatformStats = z.infer<typeof platformStatsSchema>;

/**
 * The counts that exist so far. User counts are kept in a counter item updated in the same transactions as
 * the accounts (one read, not a scan); the catalog is small and counted with one index query.
 */
export const platformStats = async (deps: { users: UserStore; services: Pick<ServiceStore, 'countActive'> }): Promise<PlatformStats> => {
  const [users, activeServices] = await Promise.all([deps.users.countByStatus(), deps.services.countActive()]);
  return { users: { total: users.ACTIVE + users.DISABLED, ...users }, services: { active: activeServices } };
};
