import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BACKUP_JOB_IMAGE } from '../../../shared/backups/backup-job-image';

const stagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'stages');

export const DEFAULT_FAILING_IMAGE = 'registry.invalid/failing:1';
export const DEFAULT_CRASHING_IMAGE = 'registry.invalid/crashing:1';

/**
 * kwok v0.8.0 has no built-in stages: without these it would neither mark nodes Ready nor run pods. The
 * first five are upstream's (copied from its kustomize/stage/); the last three are ours.
 */
const stageFiles = [
  'node-initialize.yaml',
  'node-heartbeat-with-lease.yaml',
  'pod-ready.yaml',
  'pod-complete.yaml',
  'pod-delete.yaml',
  'pod-image-pull-backoff.yaml',
  'pod-crash-loop.yaml',
  'pod-backup-job-held.yaml',
];

/**
 * The log every fake container "prints", in the CRI log format a kubelet reads (`<time> <stream> F <line>`):
 * kwok's server answers pods/log from it, applying tailLines, sinceSeconds and limitBytes as a kubelet does.
 */
export const CONTAINER_LOG_LINES = ['kwok: container started', 'kwok: configuration loaded', 'kwok: listening on port 8080', 'kwok: ready'];

export const writeContainerLog = (path: string, now = new Date()): string => {
  const line = (text: string, i: number) => `${new Date(now.getTime() + i).toISOString()} stdout F ${text}`;
  writeFileSync(path, `${CONTAINER_LOG_LINES.map(line).join('\n')}\n`);
  return path;
};

/** kwok's ClusterLogs: every container of every pod logs `logsFile` (kwok v0.8.0 reads it as a kubelet's CRI log). */
const clusterLogs = (logsFile: string) =>
  ['apiVersion: kwok.x-k8s.io/v1alpha1', 'kind: ClusterLogs', 'metadata:', '  name: every-container', 'spec:', '  selector: {}', '  logs:', `  - logsFile: ${JSON.stringify(logsFile)}`, '    follow: false', ''].join('\n');

export interface StageImages {
  /** Pods of this image stay Pending in ImagePullBackOff. */
  failingImage?: string;
  /** Pods of this image start, then crash-loop (CrashLoopBackOff after restarts). */
  crashingImage?: string;
  backupJobImage?: string;
}

/** Writes kwok's --config file: every stage as one multi-document YAML, with the images filled in; with a log file, the ClusterLogs serving it. */
export const writeStagesConfig = (path: string, images: StageImages = {}, containerLog?: string): string => {
  const { failingImage = DEFAULT_FAILING_IMAGE, crashingImage = DEFAULT_CRASHING_IMAGE, backupJobImage = DEFAULT_BACKUP_JOB_IMAGE } = images;
  const documents = stageFiles.map((file) => {
    const text = readFileSync(join(stagesDir, file), 'utf8');
    // A JSON string is both a YAML double-quoted scalar and a Go template string literal.
    return text
      .replaceAll(JSON.stringify(DEFAULT_FAILING_IMAGE), JSON.stringify(failingImage))
      .replaceAll(JSON.stringify(DEFAULT_CRASHING_IMAGE), JSON.stringify(crashingImage))
      .replaceAll(JSON.stringify(DEFAULT_BACKUP_JOB_IMAGE), JSON.stringify(backupJobImage));
  });
  if (containerLog) documents.push(clusterLogs(containerLog));
  writeFileSync(path, documents.join('\n---\n'));
  return path;
};
