/**
 * Where a large account export is left for its owner to download (the S3 adapter is s3-export-store.ts).
 * Objects live under `exports/<userId>/` of the backups bucket, which expires them after a day
 * (infra/aws/constructs/backup-bucket.ts), so a closed account's exports age out with no step of their own.
 */
export interface ExportStore {
  /** Writes one export, as the JSON document the inline answer would have been, under `key`. */
  put(key: string, json: string): Promise<void>;
  /** A GET link to that one object, valid for `seconds`. */
  downloadLink(key: string, seconds: number): Promise<string>;
}

/** The prefix the functions are granted, and nothing else of the bucket, for exports. */
export const EXPORT_PREFIX = 'exports/';

/** One customer's prefix holds only their own exports: the id is the caller's, never the request's. */
export const exportKey = (userId: string, exportId: string) => `${EXPORT_PREFIX}${userId}/${exportId}.json`;
