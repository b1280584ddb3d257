import { httpHandler } from '../../shared/http/http-handler';
import { getHealthRoute } from './health-routes';

export const handler = httpHandler(getHealthRoute, async () => ({
  status: 200,
  body: { status: 'ok', version: process.env.SERVICE_VERSION ?? '0.0.0-local' },
}));
