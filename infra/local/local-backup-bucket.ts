import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

export const LOCAL_BACKUP_BUCKET = 'paas-backups-local';

/**
 * The backups bucket on this machine: fauxqs, the local SQS server, serves S3 on the same endpoint. The
 * handlers reach it as they reach S3 in AWS (AWS_ENDPOINT_URL_S3), and the links they presign for a Job or
 * a download point at it. The variables go into the process's environment, which every local handler shares,
 * so the account export (auth/export-me) writes its large exports here too, under exports/, and its links
 * open with curl. Nothing expires them locally: the bucket's lifecycle is the CDK's (a day in AWS).
 */
export const ensureLocalBackupBucket = async (endpoint: string, region: string) => {
  const s3 = new S3Client({ endpoint, region, forcePathStyle: true, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: LOCAL_BACKUP_BUCKET })).catch((error: { name?: string }) => {
      if (error.name !== 'BucketAlreadyOwnedByYou' && error.name !== 'BucketAlreadyExists') throw error;
    });
  } finally {
    s3.destroy();
  }
  return { AWS_ENDPOINT_URL_S3: endpoint, BACKUP_BUCKET: LOCAL_BACKUP_BUCKET };
};
