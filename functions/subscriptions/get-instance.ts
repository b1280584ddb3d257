import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { instanceView } from '../../shared/upgrades/instance-view';
import { instanceViewDeps } from './instance-view-deps';
import { getInstanceRoute } from './subscription-routes';

export const handler = httpHandler(getInstanceRoute, async ({ params, principal }) => ({
  status: 200,
  body: await instanceView(instanceViewDeps(), customerOf(principal).userId, params.id),
}));
