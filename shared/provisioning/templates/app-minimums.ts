import type { PlanLimits } from '../tenant/resource-quota';
import type { TemplateName } from './template-name';

/**
 * The least a plan of each template must give the whole instance (app and database together), from what
 * each app documents, so no plan sold is one the app cannot run on:
 * - n8n: 320 MB of memory at the least (docs.n8n.io, "Prerequisites" of an embedded deployment: memory
 *   320 MB – 2 GB); its SQLite lives on the instance's volume.
 * - Ghost: a server with at least 1 GB of memory for Ghost and its MySQL 8 (ghost.org/docs/install/ubuntu,
 *   "Prerequisites").
 * - WordPress: PHP's memory limit for the dashboard is 256 MB (WP_MAX_MEMORY_LIMIT's default,
 *   developer.wordpress.org, wp-config "Increasing memory allocated to PHP"), beside MariaDB, whose InnoDB
 *   buffer pool alone defaults to 128 MB (mariadb.com/kb, innodb_buffer_pool_size): 768 MiB with the
 *   servers' own overhead.
 * CPU: a quarter of a core is where their first boot (migrations) stays within the startup probes' budget.
 */
export const appMinimums: Record<TemplateName, Omit<PlanLimits, 'storageGiB'>> = {
  n8n: { cpuMillicores: 250, memoryMiB: 320 },
  ghost: { cpuMillicores: 250, memoryMiB: 1024 },
  wordpress: { cpuMillicores: 250, memoryMiB: 768 },
};
