import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BACKUP_JOB_IMAGE } from '../../../shared/backups/backup-job-image';

const stagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'stages');

export const DEFAULT_FAILING_IMAGE = 'registry.invalid/failing:1';

/**
 * kwok v0.8.0 has no built-in stages: without these it would neither mark nodes Ready nor run pods. The
 * first five are upstream's (copied from its kustomize/stage/); the last two are ours.
 */
const stageFiles = [
  'node-initialize.yaml',
  'node-heartbeat-with-lease.yaml',
  'pod-ready.yaml',
  'pod-complete.yaml',
  'pod-delete.yaml',
  'pod-image-pull-backoff.yaml',
  'pod-backup-job-held.yaml',
];

/** Writes kwok's --config file: every stage as one multi-document YAML, with the failing image filled in. */
export const writeStagesConfig = (path: string, failingImage: string, backupJobImage = DEFAULT_BACKUP_JOB_IMAGE): string => {
  const documents = stageFiles.map((file) => {
    const text = readFileSync(join(stagesDir, file), 'utf8');
    // A JSON string is both a YAML double-quoted scalar and a Go template string literal.
    return text
      .replaceAll(JSON.stringify(DEFAULT_FAILING_IMAGE), JSON.stringify(failingImage))
      .replaceAll(JSON.stringify(DEFAULT_BACKUP_JOB_IMAGE), JSON.stringify(backupJobImage));
  });
  writeFileSync(path, documents.join('\n---\n'));
  return path;
};
