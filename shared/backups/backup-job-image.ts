/**
 * The image of backup-job/Dockerfile the stack runs unless BACKUP_JOB_IMAGE says another; the real control
 * plane's kwok stages know it too (infra/real-cluster/stages/pod-backup-job-held.yaml). A module of its own:
 * the functions' environment schema reads it, and every function loads that schema.
 */
export const DEFAULT_BACKUP_JOB_IMAGE = 'ghcr.io/paas-platform/backup-job:0.1.0';
