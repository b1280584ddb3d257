import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { motoClientConfig } from '../../../../infra/aws-emulator/start-moto';

const scripts = {
  backup: fileURLToPath(new URL('../../../../backup-job/bin/paas-backup', import.meta.url)),
  restore: fileURLToPath(new URL('../../../../backup-job/bin/paas-restore', import.meta.url)),
};

/** The PATH of the job's image (Debian's default): the scripts get nothing of the test process's own. */
const IMAGE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout's last line parsed as JSON (the contract's result), when it is JSON. */
  result?: Record<string, unknown>;
}

/**
 * Runs backup-job/bin/paas-backup or paas-restore with `bash`, as the Job's container would run it: the
 * contract's variables and PATH, and no other environment (no HOME, no AWS_*, nothing of vitest's).
 */
export const runJobScript = (which: keyof typeof scripts, env: Record<string, string | undefined>, options: { runAs?: { uid: number; gid: number } } = {}): Promise<ScriptRun> =>
  new Promise((resolve, reject) => {
    const clean = Object.fromEntries(Object.entries({ PATH: IMAGE_PATH, ...env }).filter((entry): entry is [string, string] => entry[1] !== undefined));
    // runAs (needs root): the uid a Job runs with under Pod Security restricted, which has no passwd entry.
    const child = spawn('bash', [scripts[which]], { env: clean, stdio: ['ignore', 'pipe', 'pipe'], ...options.runAs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trimEnd().split('\n').pop() ?? '';
      let result: Record<string, unknown> | undefined;
      try {
        result = JSON.parse(last) as Record<string, unknown>;
      } catch {
        result = undefined;
      }
      resolve({ code, stdout, stderr, result });
    });
  });

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export interface BackupLinks {
  archiveKey: string;
  manifestKey: string;
  /** The Job's variables for a backup into these keys. */
  backupEnv: { UPLOAD_URL: string; MANIFEST_URL: string };
  /** DOWNLOAD_URL of the archive (EXPECTED_SHA256 is the caller's). */
  downloadUrl: string;
}

/**
 * A bucket on moto's S3 and presigned links to its objects, made as the platform makes them for a Job.
 * `requestChecksumCalculation: 'WHEN_REQUIRED'`: by default (since SDK 3.729) a presigned PutObject carries
 * `x-amz-checksum-crc32` of the empty body it was signed without, and S3 refuses the real upload with it
 * (aws-sdk-js-v3 issue 6994); moto does not check it, so the links are checked for it here instead.
 */
export const archiveBucket = async (endpoint: string, bucket = 'paas-backups') => {
  const s3 = new S3Client({ ...motoClientConfig(endpoint), forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', maxAttempts: 1 });
  // An emulator shared by several files (AWS_EMULATOR_URL) may have it already.
  await s3.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: Error) => {
    if (error.name !== 'BucketAlreadyOwnedByYou' && error.name !== 'BucketAlreadyExists') throw error;
  });
  const run = randomUUID();
  let sequence = 0;
  const presignPut = (Key: string) => getSignedUrl(s3, new PutObjectCommand({ Bucket: bucket, Key }), { expiresIn: 900 });
  return {
    s3,
    bucket,
    async links(name = 'backup'): Promise<BackupLinks> {
      const base = `backups/customer-1/instance-1/${run}/${name}-${++sequence}`;
      const archiveKey = `${base}.tar.zst`;
      const manifestKey = `${base}.json`;
      const [UPLOAD_URL, MANIFEST_URL, downloadUrl] = await Promise.all([
        presignPut(archiveKey),
        presignPut(manifestKey),
        getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: archiveKey }), { expiresIn: 900 }),
      ]);
      for (const url of [UPLOAD_URL, MANIFEST_URL]) if (/x-amz-checksum-/i.test(url)) throw new Error(`a presigned PUT carries a checksum of no body: ${url.split('?')[0]}`);
      return { archiveKey, manifestKey, backupEnv: { UPLOAD_URL, MANIFEST_URL }, downloadUrl };
    },
    async read(Key: string): Promise<Buffer> {
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key }));
      return Buffer.from(await object.Body!.transformToByteArray());
    },
    async write(Key: string, Body: Uint8Array) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body }));
    },
  };
};

export type ArchiveBucket = Awaited<ReturnType<typeof archiveBucket>>;
