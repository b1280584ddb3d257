import { S3Client } from '@aws-sdk/client-s3';
import { clientConfig, emulatorEndpoint } from './clients';

let s3: S3Client | undefined;
/**
 * S3 for backup archives and account exports. An emulator (moto, fauxqs) serves buckets by path, not by a
 * host per bucket; AWS itself is reached virtual-hosted, as it prefers. Its own module, so a function loads
 * the S3 client only when it first calls S3 (shared/aws/load-on-first-call.ts).
 */
export const s3Client = (): S3Client =>
  (s3 ??= new S3Client({
    ...clientConfig('S3'),
    forcePathStyle: Boolean(emulatorEndpoint('S3')),
    // Since client-s3 3.729 a presigned PutObject carries the CRC32 of an empty body unless checksums are only
    // computed when required, and S3 refuses the Job's real upload against it (aws-sdk-js-v3 issue 6994).
    requestChecksumCalculation: 'WHEN_REQUIRED',
  }));
