import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { LocalPlatform } from '../infra/local/local-platform';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { instanceNames } from '../shared/provisioning/templates/instance-names';
import { type BenchCustomer, createAgentToken, heartbeatBody, registerNode, sendJson } from './bench-callers';
import { attachCapacityRecorder } from './capacity-recorder';
import { isHealthMonitor } from './heartbeats';
import { table } from './report';
import { median, round } from './stats';

/**
 * What a backup costs the platform itself, apart from the data path (backup-throughput.ts): one n8n instance
 * on the simulated cluster with a small volume, backed up `runs` times through HTTP and the synthesized
 * backup-instance state machine, its Job run by the local job runner. Per backup: the DynamoDB requests the
 * request, the workflow and the stream consumers send, and the time from the request to COMPLETED outside
 * the Job's own script (the workflow's steps, its Job polls, the archive checks).
 */
export interface BackupOverhead {
  runs: number;
  volumeKiB: number;
  jobPollMs: number;
  medianMs: { total: number; job: number; outsideJob: number };
  dynamodbRequests: { total: number; byOperation: Record<string, number> };
}

const NODE = 'bench-backups';

export const measureBackupOverhead = async (platform: LocalPlatform, adminToken: string, customer: BenchCustomer, options: { runs: number; jobPollMs: number }): Promise<BackupOverhead> => {
  const token = customer.session.accessToken;
  const agent = await createAgentToken(platform.url, adminToken, 'bench-backups');
  await registerNode(platform.url, agent.token, NODE);
  await sendJson(platform.url, 'POST', '/v1/agent/heartbeat', { token: agent.token, body: heartbeatBody(NODE) });
  const created = await sendJson(platform.url, 'POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter', name: 'backup bench' } });
  if (created.status !== 202) throw new Error(`POST /v1/subscriptions answered ${created.status}: ${created.text.slice(0, 200)}`);
  const { subscription, instance } = created.json as { subscription: { id: string }; instance: { id: string; namespace: string } };
  await platform.workflows.wait(`${platform.workflows.stateMachineArn('provision-instance').replace(':stateMachine:', ':execution:')}:${instance.id}`);

  // What n8n keeps on its volume, in small: a few files of keys and binary data.
  const volume = join(platform.volumesDir, instance.namespace, instanceNames('n8n', instance.id).data);
  mkdirSync(join(volume, 'binaryData'), { recursive: true });
  for (let i = 0; i < 8; i++) writeFileSync(join(volume, 'binaryData', `file-${i}.bin`), randomBytes(64 * 1024));

  const recorder = attachCapacityRecorder(dynamoDocumentClient());
  const totals: number[] = [];
  const jobs: number[] = [];
  const perBackup: Record<string, number>[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      recorder.take();
      const started = performance.now();
      const answer = await sendJson(platform.url, 'POST', `/v1/subscriptions/${subscription.id}/backups`, { token });
      if (answer.status !== 202) throw new Error(`POST backups answered ${answer.status}: ${answer.text.slice(0, 200)}`);
      const backupId = (answer.json as { id: string }).id;
      const execution = await platform.workflows.wait(`${platform.workflows.stateMachineArn('backup-instance').replace(':stateMachine:', ':execution:')}:${backupId}`);
      if (execution.status !== 'SUCCEEDED') throw new Error(`backup ${backupId} ended ${execution.status}: ${execution.cause ?? ''}`);
      totals.push(performance.now() - started);
      await platform.drainStreams();
      const counts: Record<string, number> = {};
      for (const command of recorder.take().filter((c) => !isHealthMonitor(c))) counts[command.operation] = (counts[command.operation] ?? 0) + 1;
      perBackup.push(counts);
      const job = platform.jobRuns().at(-1);
      if (!job || job.exitCode !== 0) throw new Error(`the backup Job of ${backupId} did not run cleanly`);
      jobs.push(job.durationMs);
    }
  } finally {
    recorder.detach();
  }
  const operations = [...new Set(perBackup.flatMap((counts) => Object.keys(counts)))].sort();
  const byOperation = Object.fromEntries(operations.map((op) => [op, median(perBackup.map((counts) => counts[op] ?? 0))]));
  return {
    runs: options.runs,
    volumeKiB: 8 * 64,
    jobPollMs: options.jobPollMs,
    medianMs: { total: round(median(totals), 0), job: round(median(jobs), 0), outsideJob: round(median(totals.map((t, i) => t - jobs[i]!)), 0) },
    dynamodbRequests: { total: Object.values(byOperation).reduce((sum, n) => sum + n, 0), byOperation },
  };
};

export const backupOverheadLines = (b: BackupOverhead): string =>
  table(
    `Backup overhead: one n8n instance (SQLite absent, ${b.volumeKiB} KiB of files) backed up ${b.runs} times through HTTP, the synthesized backup-instance state machine (each Wait ${b.jobPollMs} ms locally; 10 s in AWS) and the local job runner; medians`,
    ['what', 'value'],
    [
      ['request → COMPLETED (ms)', b.medianMs.total],
      ["the Job's script (ms)", b.medianMs.job],
      ['the platform outside the Job (ms): workflow steps, Job polls, archive checks', b.medianMs.outsideJob],
      ['DynamoDB requests per backup', b.dynamodbRequests.total],
      ...Object.entries(b.dynamodbRequests.byOperation).map(([op, n]): [string, number] => [`  ${op}`, n]),
    ],
  );
