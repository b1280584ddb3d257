import { idLabel } from './kubernetes-names';

/** The label keys the platform writes and selects on. */
export const labelKeys = {
  managedBy: 'paas.example/managed-by',
  customer: 'paas.example/customer',
  instance: 'paas.example/instance',
  name: 'app.kubernetes.io/name',
  appInstance: 'app.kubernetes.io/instance',
  component: 'app.kubernetes.io/component',
  partOf: 'app.kubernetes.io/part-of',
} as const;

export const platformName = 'paas-platform';

export type Labels = Record<string, string>;

/** Labels of everything that belongs to a customer: their namespace and its guard rails. */
export const tenantLabels = (userId: string): Labels => ({
  [labelKeys.managedBy]: platformName,
  [labelKeys.customer]: idLabel(userId, 'userId'),
});

export interface InstanceLabelInput {
  userId: string;
  instanceId: string;
  /** What runs: `n8n`, `ghost`, `mariadb`… (app.kubernetes.io/name). */
  name: string;
  /** The instance's object-name prefix (app.kubernetes.io/instance). */
  appInstance: string;
  component: InstanceComponent;
  /** The app the object belongs to (app.kubernetes.io/part-of), e.g. `wordpress` for its database. */
  partOf: string;
}

/** `backup`: the pods of the platform's backup and restore Jobs (shared/backups/backup-job.ts). */
export type InstanceComponent = 'app' | 'database' | 'backup';

/** Labels of every object one instance applies, and of its pods. */
export const instanceLabels = (input: InstanceLabelInput): Labels => ({
  ...tenantLabels(input.userId),
  [labelKeys.instance]: idLabel(input.instanceId, 'instanceId'),
  [labelKeys.name]: input.name,
  [labelKeys.appInstance]: input.appInstance,
  [labelKeys.component]: input.component,
  [labelKeys.partOf]: input.partOf,
});

/**
 * The pods of one component of one instance. Workload selectors are immutable, so they hold only labels that
 * never change for the instance's lifetime (never the version).
 */
export const componentSelector = (instanceId: string, component: InstanceComponent): Labels => ({
  [labelKeys.instance]: idLabel(instanceId, 'instanceId'),
  [labelKeys.component]: component,
});

/**
 * A label selector (the `labelSelector` query parameter) for everything one instance applied: what rollback
 * and deprovisioning list and delete.
 */
export const instanceSelector = (instanceId: string): string =>
  `${labelKeys.managedBy}=${platformName},${labelKeys.instance}=${idLabel(instanceId, 'instanceId')}`;
