import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { TransientError } from '../kubernetes/cluster';
import { archiveManifestSchema } from './backup';
import type { ArchiveStore } from './archive-store';

const missing = (error: unknown) => error instanceof NoSuchKey || error instanceof NotFound || (error as { name?: string }).name === 'NotFound' || (error as { name?: string }).name === 'NoSuchKey';

/** S3 faults a step retries (throttling, 5xx, a dropped connection) keep their cause under TransientError's name. */
const transient = (error: unknown): never => {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (status === undefined || status >= 500 || status === 429) throw new TransientError(`S3: ${(error as Error).message}`, { cause: error });
  throw error;
};

/**
 * The backups bucket on S3. Links are presigned with the function's own role, which may reach only the
 * bucket's `backups/` prefix (infra/aws/constructs/backup-bucket.ts); each link names one object and one
 * method, so a Job holding it can write or read that object and no other customer's.
 */
export const s3ArchiveStore = (s3: S3Client, bucket: string): ArchiveStore => ({
  async uploadLinks(keys, seconds) {
    const [archiveUrl, manifestUrl] = await Promise.all(
      [keys.archive, keys.manifest].map((Key) => getSignedUrl(s3, new PutObjectCommand({ Bucket: bucket, Key }), { expiresIn: seconds })),
    );
    return { archiveUrl: archiveUrl!, manifestUrl: manifestUrl! };
  },

  downloadLink: (key, seconds) => getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: seconds }),

  async readManifest(key) {
    try {
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const parsed = archiveManifestSchema.safeParse(JSON.parse(await object.Body!.transformToString()));
      return parsed.success ? parsed.data : undefined;
    } catch (error) {
      if (missing(error)) return undefined;
      if (error instanceof SyntaxError) return undefined;
      return transient(error);
    }
  },

  async sizeOf(key) {
    try {
      return (await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).ContentLength;
    } catch (error) {
      if (missing(error)) return undefined;
      return transient(error);
    }
  },

  async remove(keys) {
    if (!keys.length) return;
    await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } })).catch(transient);
  },
});
