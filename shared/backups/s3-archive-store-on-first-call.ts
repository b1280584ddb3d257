import { loadOnFirstCall } from '../aws/load-on-first-call';
import type { ArchiveStore } from './archive-store';

/** The backups' archive store of an HTTP function, loaded with the S3 client at its first call (most requests make none). */
export const s3ArchiveStoreOnFirstCall = (bucket: string): ArchiveStore =>
  loadOnFirstCall<ArchiveStore>(['uploadLinks', 'downloadLink', 'readManifest', 'sizeOf', 'remove'], async () => {
    const [{ s3ArchiveStore }, { s3Client }] = await Promise.all([import('./s3-archive-store'), import('../aws/s3-client')]);
    return s3ArchiveStore(s3Client(), bucket);
  });
