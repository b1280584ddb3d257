import type { TemplateName } from '../provisioning/templates/template-name';
import type { RunAs } from '../provisioning/templates/pod-security';
import type { BackupComponent } from './backup';

/** Where the backup Job mounts the app's volume. */
export const DATA_MOUNT = '/data';

/**
 * What one template's backup holds and how the Job reaches it, chosen per app for consistency while it runs:
 * - a MySQL-protocol database is dumped with `--single-transaction` (one InnoDB snapshot, no lock on the app);
 * - n8n's SQLite is copied by SQLite itself (`VACUUM INTO`, one read transaction: the shell's `.backup`
 *   restarts on every commit of a busy writer), never as a file under write;
 * - the files volume (uploads, themes, n8n's keys and binary data) is archived as files.
 * The Job runs as the app's own user, so restored files keep the owner the app expects.
 */
export interface BackupTarget {
  components: BackupComponent[];
  runAs: RunAs;
  /** The MySQL database and user (named after the app, as the templates create them). */
  database?: string;
  /** n8n's database file on the volume, and the paths the files component leaves to the sqlite one. */
  sqliteFile?: string;
}

const SQLITE_FILE = 'database.sqlite';

export const backupTargets: Readonly<Record<TemplateName, BackupTarget>> = {
  n8n: { components: ['sqlite', 'files'], runAs: { user: 1000, group: 1000 }, sqliteFile: SQLITE_FILE },
  ghost: { components: ['mysql', 'files'], runAs: { user: 1000, group: 1000 }, database: 'ghost' },
  wordpress: { components: ['mysql', 'files'], runAs: { user: 33, group: 33 }, database: 'wordpress' },
};
