import { httpHandler } from '../../shared/http/http-handler';
import { getUpgradeBatch } from '../../shared/upgrades/upgrade-batches';
import { upgradeBatchDeps } from './upgrade-batch-deps';
import { getUpgradeBatchRoute } from './upgrade-batch-routes';

export const handler = httpHandler(getUpgradeBatchRoute, async ({ params }) => ({
  status: 200,
  body: await getUpgradeBatch(upgradeBatchDeps(), params.slug, params.version),
}));
