import { customerOf } from '../../shared/auth/principal';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { requestUpgrade } from '../../shared/upgrades/request-upgrade';
import { upgradeDeps } from './upgrade-deps';
import { upgradeInstanceRoute } from './upgrade-routes';

export const handler = httpHandler(upgradeInstanceRoute, async ({ params, body, principal, event }) => {
  const deps = upgradeDeps();
  const subscription = await ownSubscription(deps, customerOf(principal).userId, params.id);
  return { status: 202, body: await requestUpgrade(deps, subscription, body.version, idempotencyKeyOf(event)) };
});
