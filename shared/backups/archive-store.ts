import type { ArchiveManifest } from './backup';

/** Presigned links to one object: what a backup or restore Job gets, and nothing else of the bucket. */
export interface ArchiveLinks {
  archiveUrl: string;
  manifestUrl: string;
}

/** The backups bucket's port (the S3 adapter is s3-archive-store.ts). */
export interface ArchiveStore {
  /** PUT links for exactly one archive and its manifest, valid for `seconds`. */
  uploadLinks(keys: { archive: string; manifest: string }, seconds: number): Promise<ArchiveLinks>;
  /** A GET link for one archive, valid for `seconds`. */
  downloadLink(key: string, seconds: number): Promise<string>;
  /** The manifest the backup Job wrote, or undefined when there is none (the Job did not finish its upload). */
  readManifest(key: string): Promise<ArchiveManifest | undefined>;
  /** The archive's stored size, or undefined when there is no such object. */
  sizeOf(key: string): Promise<number | undefined>;
  /** Deletes objects; missing ones are fine. */
  remove(keys: readonly string[]): Promise<void>;
}
