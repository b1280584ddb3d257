import * as z from 'zod';

const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an id');

/**
 * Why a backup was taken: by the daily schedule, by the customer, before an upgrade, or by a restore, which
 * saves the state it is about to overwrite so a failed restore can put it back.
 */
export const backupKinds = ['scheduled', 'manual', 'pre-upgrade', 'safety'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const backupStatuses = ['RUNNING', 'COMPLETED', 'FAILED'] as const;
export type BackupStatus = (typeof backupStatuses)[number];

/** What an archive holds: a MySQL-protocol dump, the app's files volume, an SQLite database copied online. */
export const backupComponents = ['mysql', 'files', 'sqlite'] as const;
export type BackupComponent = (typeof backupComponents)[number];

export const backupSchema = z
  .object({
    id: ulidSchema,
    subscriptionId: ulidSchema,
    instanceId: ulidSchema,
    userId: ulidSchema,
    kind: z.enum(backupKinds),
    status: z.enum(backupStatuses),
    components: z.array(z.enum(backupComponents)).max(backupComponents.length).meta({ description: 'What the archive holds' }),
    sizeBytes: z.number().int().nonnegative().optional().meta({ description: 'The archive’s size, once COMPLETED' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional().meta({ description: 'The archive’s SHA-256, checked again before every restore' }),
    failureReason: z.string().optional(),
    createdAt: z.iso.datetime(),
    completedAt: z.iso.datetime().optional(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Backup' });

export type Backup = z.infer<typeof backupSchema>;

export const restoreRequestSchema = z
  .strictObject({
    intoNewSubscription: z.boolean().optional().meta({ description: 'Restore into a new subscription of the same plan (a clone) instead of this instance' }),
    name: z.string().trim().min(1).max(80).optional().meta({ description: 'The clone’s name, with intoNewSubscription' }),
  })
  .meta({ id: 'RestoreRequest' });

export type RestoreRequest = z.infer<typeof restoreRequestSchema>;

export const downloadLinkSchema = z
  .object({ url: z.string().meta({ description: 'A presigned GET of the archive (tar, zstd-compressed)' }), expiresAt: z.iso.datetime(), sha256: z.string(), sizeBytes: z.number().int() })
  .meta({ id: 'BackupDownload' });

/** Where an archive and its manifest live in the backups bucket: one prefix per customer and instance. */
export const archiveKeys = (backup: Pick<Backup, 'userId' | 'instanceId' | 'id'>) => {
  const base = `backups/${backup.userId}/${backup.instanceId}/${backup.id}`;
  return { archive: `${base}.tar.zst`, manifest: `${base}.manifest.json` };
};

/** What the backup Job writes beside the archive (backup-job/README.md). */
export const archiveManifestSchema = z.object({
  formatVersion: z.literal(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().nonnegative(),
  components: z.array(z.string()),
  createdAt: z.string(),
});
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;
