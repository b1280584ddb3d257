import { httpHandler } from '../../shared/http/http-handler';
import { startUpgradeBatch } from '../../shared/upgrades/upgrade-batches';
import { upgradeBatchDeps } from './upgrade-batch-deps';
import { startUpgradeBatchRoute } from './upgrade-batch-routes';

export const handler = httpHandler(startUpgradeBatchRoute, async ({ params, body }) => ({
  status: 202,
  body: await startUpgradeBatch(upgradeBatchDeps(), params.slug, params.version, body),
}));
