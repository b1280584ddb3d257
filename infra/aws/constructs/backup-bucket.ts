import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { EXPORT_PREFIX } from '../../../shared/account-data/export-store';
import { acknowledge, wildcardResourceFinding } from '../nag-acknowledgements';
import type { PlatformFunction } from './platform-function';

/**
 * Where every archive lives: `backups/<userId>/<instanceId>/<backupId>.tar.zst` and its
 * `<backupId>.manifest.json`. Functions are granted this prefix and nothing else of the bucket.
 */
export const backupArchivePrefix = 'backups/';

/**
 * Where large account exports are left for their owner (`exports/<userId>/<ulid>.json`), behind a link valid
 * minutes; the lifecycle deletes them after `exportRetentionDays`.
 */
export const accountExportPrefix = EXPORT_PREFIX;

/** An export is fetched within minutes of being asked for; a day is the shortest expiry S3's lifecycle offers. */
export const exportRetentionDays = 1;

/** The variable that tells a granted function the bucket's name. */
export const backupBucketVariable = 'BACKUP_BUCKET';

export interface BackupBucketProps {
  /**
   * The lifecycle's safety net: every object expires this many days after it was written. The platform
   * deletes archives itself, by count per plan, well before; this only catches what it missed (a deletion
   * that failed, an instance deleted mid-backup), so it must stay above the longest retention a plan offers.
   */
  retentionDays: number;
  /** How long the server access logs are kept (the stack's `logRetentionDays`). */
  accessLogRetentionDays: number;
}

/**
 * The S3 bucket of customers' backup archives (issue 18). What holds for it:
 * - encrypted with a customer-managed KMS key of its own (yearly rotation on), not S3's key: every use of the
 *   key is in CloudTrail, and a function or a Job can read an archive only if it may also decrypt with it;
 * - no public access, bucket-owner-enforced ownership (no ACLs), TLS 1.2 or newer only;
 * - a function is granted Put/Get/Delete on `backups/*` only, and the key only for objects under it
 *   (`grantArchiveAccess`). A presigned URL is signed with that function's role, so the Job holding one
 *   reaches exactly the one object (and method) it was signed for, and nothing else;
 * - versioning is off: an archive is written once under a key of its own (a new backup id) and never
 *   replaced, so versions would add nothing but copies of data a customer or the plan's retention deleted:
 *   "delete a backup" must delete it. Each archive's checksum, recorded by the platform, guards its bytes;
 * - the lifecycle expires any object `retentionDays` after its creation, account exports (`exports/`) after a
 *   day, and aborts multipart uploads left incomplete for a day;
 * - the export route alone is granted Put/Get on `exports/*` and the key for those objects (`grantExportAccess`);
 * - server access logs go to a bucket of their own, kept `accessLogRetentionDays`;
 * - the bucket, its key and its logs are retained when the stack is deleted, whatever `deletionProtection`
 *   says: customers' backups outlive the stack that made them, and are deleted by a person.
 */
export class BackupBucket extends Construct {
  readonly bucket: Bucket;
  readonly key: Key;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: BackupBucketProps) {
    super(scope, id);
    for (const [name, days] of Object.entries({ retentionDays: props.retentionDays, accessLogRetentionDays: props.accessLogRetentionDays })) {
      if (!Number.isInteger(days) || days < 1) throw new Error(`BackupBucket ${name} must be a whole number of days, at least 1 (got ${days}).`);
    }
    const stackName = Stack.of(this).stackName;

    this.key = new Key(this, 'Key', {
      description: "Encrypts the customers' backup archives of the PaaS platform (the backups bucket)",
      alias: `alias/${stackName}/backup-archives`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });

    // S3 writes server access logs only into a bucket encrypted with S3's own key (SSE-S3), never SSE-KMS.
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(props.accessLogRetentionDays), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      // Off, so S3 asks KMS with each object's own ARN as encryption context; that is what lets a grant of the
      // key be narrowed to the objects under backups/ (grantArchiveAccess). A backup is a handful of requests.
      bucketKeyEnabled: false,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: false,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'backups-bucket/',
      lifecycleRules: [
        { id: 'expire-archives', expiration: Duration.days(props.retentionDays) },
        // Exports are copies of what the table holds, made to be downloaded at once: a closed account's age out too.
        { id: 'expire-exports', prefix: accountExportPrefix, expiration: Duration.days(exportRetentionDays) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * Lets one function write, read (GetObject, which also answers HeadObject) and delete archives under
   * `backups/` and nothing else of the bucket, use the key only for those objects and only through S3, and
   * tells it the bucket's name in BACKUP_BUCKET. The presigned URLs it signs for a Job carry these rights and
   * no more.
   */
  grantArchiveAccess(fn: PlatformFunction): void {
    this.grantPrefix(fn, backupArchivePrefix, {
      s3: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
      kms: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'],
      why: "The wildcard is the object keys under backups/ of the backups bucket (backups/<userId>/<instanceId>/<backupId>.*): archives are made at run time, each under a key of its own, and the presigned URLs signed with this role narrow a Job's reach to one object.",
    });
  }

  /**
   * Lets one function write and read account exports under `exports/` and nothing else of the bucket, use the
   * key only for those objects (to encrypt on write, decrypt on read) and only through S3, and tells it the
   * bucket's name in BACKUP_BUCKET. The link it presigns carries these rights and no more.
   */
  grantExportAccess(fn: PlatformFunction): void {
    this.grantPrefix(fn, accountExportPrefix, {
      s3: ['s3:PutObject', 's3:GetObject'],
      kms: ['kms:Decrypt', 'kms:GenerateDataKey'],
      why: 'The wildcard is the object keys under exports/ of the backups bucket (exports/<userId>/<ulid>.json): each export is written at run time under a key of its own, and the link signed with this role opens that one object.',
    });
  }

  /**
   * The S3 actions on the objects under one prefix, the key's actions only through S3 and only for those
   * objects (the encryption context is each object's ARN), the bucket's name, and the acknowledged wildcard.
   */
  private grantPrefix(fn: PlatformFunction, prefix: string, rights: { s3: string[]; kms: string[]; why: string }): void {
    const objects = this.bucket.arnForObjects(`${prefix}*`);
    const lambda = fn.function;
    lambda.addToRolePolicy(new PolicyStatement({ actions: rights.s3, resources: [objects] }));
    lambda.addToRolePolicy(
      new PolicyStatement({
        actions: rights.kms,
        resources: [this.key.keyArn],
        conditions: {
          StringEquals: { 'kms:ViaService': `s3.${Stack.of(fn).region}.amazonaws.com` },
          StringLike: { 'kms:EncryptionContext:aws:s3:arn': objects },
        },
      }),
    );
    lambda.addEnvironment(backupBucketVariable, this.bucket.bucketName);
    acknowledge(fn.role, rights.why, wildcardResourceFinding(fn, objects));
  }
}
