import * as z from 'zod';
import { slugSchema } from '../../shared/catalog/slug-and-price';
import { versionNameSchema } from '../../shared/catalog/service-version';
import { defineRoute } from '../../shared/http/route';
import { startUpgradeBatchSchema, upgradeBatchSchema } from '../../shared/upgrades/upgrade-batch';

const tags = ['Service catalog'];
const versionParams = z.object({ slug: slugSchema, version: versionNameSchema });

export const startUpgradeBatchRoute = defineRoute({
  operationId: 'startUpgradeAll',
  method: 'POST',
  path: '/v1/admin/services/{slug}/versions/{version}/upgrade-all',
  handler: 'upgrade-batches/admin-start-upgrade-all',
  auth: 'admin',
  summary: 'Upgrade every instance on this version, in batches, pausing on the first failure (a POST on a PAUSED one resumes it)',
  tags,
  request: { params: versionParams, body: startUpgradeBatchSchema },
  responses: { 202: { description: 'The batch upgrade, RUNNING: its `upgrade-batch` workflow starts the first batch and advances it until it pauses or completes (COMPLETED at once when no live instance is on the version).', schema: upgradeBatchSchema } },
  errors: {
    404: 'The service, the version or `body.toVersion` is unknown.',
    409: 'A batch of this version is already RUNNING, or toVersion is not newer or is end-of-life.',
  },
  throttle: { rateLimit: 2, burstLimit: 5 },
});

export const getUpgradeBatchRoute = defineRoute({
  operationId: 'getUpgradeAll',
  method: 'GET',
  path: '/v1/admin/services/{slug}/versions/{version}/upgrade-all',
  handler: 'upgrade-batches/admin-get-upgrade-all',
  auth: 'admin',
  summary: "The batch upgrade of this version: total, upgraded, failed, remaining, status and the failure that paused it",
  tags,
  request: { params: versionParams },
  responses: { 200: { description: 'Its progress.', schema: upgradeBatchSchema } },
  errors: { 404: 'No batch upgrade of this version was started.' },
});

export const upgradeBatchRoutes = [startUpgradeBatchRoute, getUpgradeBatchRoute];
