import { platformStats } from '../../shared/admin-stats/platform-stats';
import { httpHandler } from '../../shared/http/http-handler';
import { getStatsRoute } from './admin-stats-routes';
import { statsDeps } from './stats-deps';

export const handler = httpHandler(getStatsRoute, async () => ({ status: 200, body: await platformStats(statsDeps()) }));
