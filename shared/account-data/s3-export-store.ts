import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ExportStore } from './export-store';

/**
 * Account exports in the backups bucket. The link is presigned with the function's own role, which may read
 * only `exports/*` (grantExportAccess), and names one object and one method: it opens that export and no other.
 * The object is saved as an attachment so a browser following the link downloads it rather than showing it.
 */
export const s3ExportStore = (s3: S3Client, bucket: string): ExportStore => ({
  async put(key, json) {
    const filename = key.slice(key.lastIndexOf('/') + 1);
    await s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: json, ContentType: 'application/json', ContentDisposition: `attachment; filename="account-export-${filename}"` }),
    );
  },

  downloadLink: (key, seconds) => getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: seconds }),
});
