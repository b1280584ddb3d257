import { httpHandler } from '../../shared/http/http-handler';
import { backupDeps } from './backup-deps';
import { adminListBackupsRoute } from './backup-routes';

export const handler = httpHandler(adminListBackupsRoute, async ({ query }) => {
  const { backups } = backupDeps();
  const page = await backups.listAll(query);
  return { status: 200, body: query.userId ? { ...page, customerTotal: await backups.usageOf(query.userId) } : page };
});
