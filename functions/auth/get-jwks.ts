import { tokenServices } from '../../shared/auth/token-services';
import { httpHandler } from '../../shared/http/http-handler';
import { getJwksRoute } from './auth-routes';

/** Public keys change only with a key rotation; clients may cache them for an hour. */
export const handler = httpHandler(getJwksRoute, async () => ({
  status: 200,
  body: { keys: await tokenServices().signer().publicKeys() },
  headers: { 'cache-control': 'public, max-age=3600' },
}));
