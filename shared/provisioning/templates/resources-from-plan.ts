import type { IResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import { AppError } from '../../errors/app-error';
import type { PlanLimits } from '../tenant/resource-quota';

/** The share of a plan a database takes, as fractions; the app gets the rest. */
export interface DatabaseShare {
  cpu: number;
  memory: number;
  storage: number;
}

export interface PlanSplit {
  app: PlanLimits;
  database?: PlanLimits;
}

/** Below these a container does not start reliably; a plan too small for its template is a catalog error. */
const minimum = { cpuMillicores: 10, memoryMiB: 128, storageGiB: 1 };

const tooSmall = (field: keyof PlanLimits) =>
  new AppError('validation', `The plan's ${field} is too small for an app and its database.`, {
    errors: [{ field: `plan.limits.${field}`, message: 'too small to split between the app and its database' }],
  });

/**
 * Splits a plan between the app and its database, in whole millicores, MiB and GiB, so that the parts add up
 * to exactly the plan (the namespace quota is the plan). Volumes are whole GiB because EBS bills whole GiB.
 */
export const splitPlan = (limits: PlanLimits, databaseShare?: DatabaseShare): PlanSplit => {
  if (!databaseShare) return { app: limits };
  const database = {
    cpuMillicores: Math.floor(limits.cpuMillicores * databaseShare.cpu),
    memoryMiB: Math.floor(limits.memoryMiB * databaseShare.memory),
    storageGiB: Math.max(minimum.storageGiB, Math.floor(limits.storageGiB * databaseShare.storage)),
  };
  const app = {
    cpuMillicores: limits.cpuMillicores - database.cpuMillicores,
    memoryMiB: limits.memoryMiB - database.memoryMiB,
    storageGiB: limits.storageGiB - database.storageGiB,
  };
  for (const field of Object.keys(minimum) as (keyof PlanLimits)[]) {
    if (app[field] < minimum[field] || database[field] < minimum[field]) throw tooSmall(field);
  }
  return { app, database };
};

/**
 * Requests equal to limits: placement reserves a plan's full limits on a node, so the scheduler agrees with
 * it, and the pods get the Guaranteed QoS class (evicted last under node pressure).
 */
export const containerResources = ({ cpuMillicores, memoryMiB }: Pick<PlanLimits, 'cpuMillicores' | 'memoryMiB'>): IResourceRequirements => {
  const amounts = { cpu: `${cpuMillicores}m`, memory: `${memoryMiB}Mi` };
  return { requests: { ...amounts }, limits: { ...amounts } };
};
