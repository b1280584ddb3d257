import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse } from 'aws-lambda';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statsDeps } from '../../functions/admin-stats/stats-deps';
import { catalogDeps } from '../../functions/catalog/catalog-deps';
import { type EventRuleDefinition, eventRules } from '../../functions/event-rules';
import { type QueueDefinition, queues } from '../../functions/queues';
import { fallbackHandler, routes } from '../../functions/routes';
import { schedules } from '../../functions/schedules';
import { streamConsumers } from '../../functions/stream-consumers';
import { workflows } from '../../functions/workflows';
import { platformStats } from '../../shared/admin-stats/platform-stats';
import { seedCatalog } from '../../shared/catalog/seed-catalog';
import type { EventPublisher } from '../../shared/events/event-publisher';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { labelKeys } from '../../shared/provisioning/tenant/labels';
import { jobStatusReporter, type LocalJobRun, podStatusReporter, startLocalJobRunner } from './backup-jobs/local-job-runner';
import { ensureLocalBackupBucket } from './local-backup-bucket';
import { startDynamoDbLocal } from './dynamodb-local';
import { localInboundSecrets, type LocalInboundSecrets } from './inbound-secrets';
import { invokeHandler } from './handler-loader';
import { lambdaContext } from './lambda-context';
import { localIdentity, type AdminTokenRequest } from './local-identity';
import { createLocalEventBus, type LocalEventBus } from './local-event-bus';
import { type LocalQueueRuntime, startLocalQueueRuntime } from './local-queue-runtime';
import type { QueueHandler } from './queue-poller';
import { ensureTable } from './local-table';
import { startLocalHttpServer } from './http-server';
import { localJobsEndpoint } from './local-jobs';
import { startScheduler } from './scheduler';
import { startSummaryLine } from './summary-line';
import { type SimulatedCluster, startSimulatedCluster, type SimulatedClusterOptions } from './simulated-cluster/start-simulated-cluster';
import { openStreamPages } from './stream-pages';
import { startStreamPoller } from './stream-poller';
import { notifyTableWrites } from './table-write-notifier';
import { startLocalPayments, type LocalPayments } from './local-payments';
import { startLocalStepFunctionsEndpoint } from './workflows/local-sfn-endpoint';
import { startLocalWorkflowRunner, type LocalWorkflowRunner } from './workflows/local-workflow-runner';

export const LOCAL_TABLE_NAME = 'paas-platform-local';
export const LOCAL_EVENT_BUS_NAME = 'paas-platform-local';

export interface LocalPlatformOptions {
  /** HTTP port; 0 picks a free one. */
  port: number;
  host?: string;
  /** Where DynamoDB Local keeps its data; in memory when omitted. */
  dataDir?: string;
  /** Wipe the data folder first. */
  fresh?: boolean;
  /** Put the starter catalog (n8n, Ghost, WordPress) in when missing. */
  seed?: boolean;
  /**
   * How long each Wait state of the workflows pauses locally, whatever the execution's own time (default
   * 1000 ms: a rollout polled every 5 s in AWS is polled every second, with the same number of polls).
   */
  workflowWaitMilliseconds?: number;
  /** When set, each task retry waits this long instead of its backoff (tests). */
  workflowRetryMilliseconds?: number;
  // --- simulated cluster hook (infra/local/simulated-cluster) ---
  /** Options of the simulated Kubernetes cluster (rollout delay, failing images); false: none. */
  simulatedCluster?: SimulatedClusterOptions | false;
  /** A real cluster's kubeconfig (default: the KUBECONFIG variable); the simulated cluster is not started then. */
  kubeconfig?: string;
  /**
   * That cluster's administrator kubeconfig when its nodes are kwok's (infra/real-cluster): no container runs
   * there, so the local job runner runs the backup Jobs and reports their pods. Not for a cluster that runs
   * containers (k3d, kind, EKS): its kubelets run the Job's image.
   */
  kwokAdminKubeconfig?: string;
  // --- end simulated cluster hook ---
  // --- queues hook (infra/local/local-queue-runtime.ts) ---
  /** The queue table and event rules to run instead of functions/queues.ts and functions/event-rules.ts (tests). */
  queueTable?: readonly QueueDefinition[];
  eventRules?: readonly EventRuleDefinition[];
  /** Queue consumers by handler module, called instead of the module's `handler` (tests' fixture handlers). */
  queueHandlers?: Readonly<Record<string, QueueHandler>>;
  /**
   * Batches each queue's consumer handles side by side, as Lambda scales out (default 4, or
   * LOCAL_QUEUE_CONCURRENCY), within the row's maxConcurrency: one slow webhook receiver then does not hold
   * up every other delivery.
   */
  queuePollerConcurrency?: number;
  // --- end queues hook ---
  /**
   * Prints the /v1/admin/stats figures as one `[summary]` line this often (ms; npm start: every 5 minutes,
   * `--summary-every`); off when absent or 0, as in tests that do not ask for it.
   */
  summaryEveryMs?: number;
  /**
   * Identity on an AWS emulator (infra/aws-emulator/emulated-identity.ts): administrators sign in through its
   * Cognito pool and customer tokens are signed by its KMS key, instead of the local key files.
   */
  emulatedIdentityEnvironment?: Record<string, string>;
  /** Where the summary line goes (default: stdout). */
  printSummary?: (line: string) => void;
  /**
   * Payments (checkout, billing portal) on stripe-mock, started as a child process: true needs it built
   * (`npm run stripe-mock:build`); false (the default) leaves payments off, the two routes answering 503
   * saying how to turn them on. `npm start` passes whether it is built.
   */
  stripeMock?: boolean;
}

export interface LocalPlatform {
  url: string;
  dynamoDbEndpoint: string;
  tableName: string;
  bus: LocalEventBus;
  /** The provisioning workflows: the synthesized state machines, their tasks run by the same handlers. */
  workflows: LocalWorkflowRunner;
  /** The SQS queues on fauxqs (endpoint, each row's queue and DLQ URLs), their pollers and the event rules. */
  queues: LocalQueueRuntime;
  // --- simulated cluster hook (infra/local/simulated-cluster) ---
  /** The simulated Kubernetes cluster and the kubeconfig written for it (in the data folder, else a temporary one). */
  kubernetes?: { url: string; kubeconfigPath: string; simulated: boolean; simulatedCluster?: SimulatedCluster };
  // --- end simulated cluster hook ---
  /** Where notification emails are written, one JSON file each, instead of being sent (<data>/mail). */
  mailDir: string;
  /** The simulated cluster's volumes: each PersistentVolumeClaim is `<volumesDir>/<namespace>/<claim>` (backups read and restore them). */
  volumesDir: string;
  /** The backup and restore Jobs the local job runner ran, oldest first. */
  jobRuns(): LocalJobRun[];
  /** Whether webhooks may target loopback receivers over plain http (on unless WEBHOOKS_ALLOW_LOOPBACK=0). */
  webhooksAllowLoopback: boolean;
  /** The inbound hooks' secrets (from the environment, else generated into <data>/inbound-secrets.json). */
  inboundSecrets: LocalInboundSecrets;
  /** Payments: stripe-mock's URL when it runs for this platform, else off (the routes answer 503). */
  payments: LocalPayments;
  /** A Cognito-shaped administrator token this runtime accepts (what `npm run admin-token` prints). */
  mintAdminToken(request: AdminTokenRequest): Promise<string>;
  /** Runs a row of the schedule table now, as EventBridge would at `time` (default: now). */
  runSchedule(name: string, time?: Date): Promise<unknown>;
  /** Waits until every change committed so far has gone through the stream consumers. */
  drainStreams(): Promise<void>;
  /** Stream records the consumers failed on: still being retried, or given up after their retries. */
  streamFailures(): { retrying: number; givenUp: number };
  stop(): Promise<void>;
}

/**
 * The platform on this machine (DESIGN section 6): DynamoDB Local with the stack's table, the HTTP routes of
 * the route table served by the same handlers, the outbox forwarder on the table's stream feeding the local
 * bus, the schedule table's jobs, and the state machines (Step Functions' StartExecution and
 * DescribeExecution served locally), and the queue table's SQS queues on fauxqs with their pollers and event rules.
 */
export const startLocalPlatform = async (options: LocalPlatformOptions): Promise<LocalPlatform> => {
  if (options.fresh && options.dataDir) rmSync(options.dataDir, { recursive: true, force: true });
  const dynamo = await startDynamoDbLocal({ dataDir: options.dataDir && join(options.dataDir, 'dynamodb') });
  const stops: (() => Promise<void> | void)[] = [() => dynamo.stop()];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };

  try {
    // Keys live beside the data; an in-memory platform gets throwaway keys.
    const identity = localIdentity(options.dataDir ? join(options.dataDir, 'keys') : mkdtempSync(join(tmpdir(), 'paas-keys-')));
    if (options.emulatedIdentityEnvironment) {
      delete process.env.ADMIN_LOCAL_JWKS_FILE;
      delete process.env.CUSTOMER_TOKEN_LOCAL_KEY_FILE;
    }
    Object.assign(process.env, {
      ...(options.emulatedIdentityEnvironment ?? identity.environment),
      TABLE_NAME: LOCAL_TABLE_NAME,
      EVENT_BUS_NAME: LOCAL_EVENT_BUS_NAME,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
      AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
      AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
      SERVICE_VERSION: process.env.SERVICE_VERSION ?? process.env.npm_package_version ?? '0.0.0-local',
    });
    // Webhooks may target a receiver on this machine over plain http, locally only: on unless
    // WEBHOOKS_ALLOW_LOOPBACK=0 (the deployed stack ignores the variable, see shared/webhooks/webhook-settings.ts).
    if (process.env.WEBHOOKS_ALLOW_LOOPBACK !== '0') process.env.WEBHOOKS_ALLOW_LOOPBACK = '1';
    // The inbound hooks' secrets: from the environment when given, else generated once into the data folder.
    const inboundSecrets = localInboundSecrets(options.dataDir);
    // Notification emails never leave this machine: each is a file in the data folder (a temporary one in memory).
    const mailDir = join(options.dataDir ?? mkdtempSync(join(tmpdir(), 'paas-mail-')), 'mail');
    process.env.NOTIFICATION_MAIL_DIR = mailDir;
    const payments = await startLocalPayments(options.stripeMock ?? false);
    stops.push(() => payments.stop());
    const admin = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    stops.push(() => admin.destroy());
    await ensureTable(admin, LOCAL_TABLE_NAME);
    if (options.seed ?? true) await seedCatalog(catalogDeps());

    const bus = createLocalEventBus();
    // Before the stream pollers start forwarding, so the rules see every event from the first on.
    const localQueues = await startLocalQueueRuntime({
      bus,
      queues: options.queueTable ?? queues,
      rules: options.eventRules ?? eventRules,
      handlers: options.queueHandlers,
      pollerConcurrency: options.queuePollerConcurrency ?? (Number(process.env.LOCAL_QUEUE_CONCURRENCY) || 4),
      region: process.env.AWS_REGION!,
    });
    stops.push(() => localQueues.stop());
    Object.assign(process.env, localQueues.environment);
    Object.assign(process.env, await ensureLocalBackupBucket(localQueues.endpoint, process.env.AWS_REGION!));
    // Each consumer runs the Lambda's own code; only its publisher is the local bus instead of EventBridge.
    const streamHandlerOf = async (name: string) => {
      const module = (await import(/* @vite-ignore */ new URL(`../../functions/${name}.ts`, import.meta.url).href)) as {
        createHandler: (publisher: () => EventPublisher) => (event: never, context: never, callback: never) => Promise<unknown>;
      };
      const handler = module.createHandler(() => bus.publisher);
      return (event: unknown) => handler(event as never, lambdaContext(name.replaceAll('/', '-')) as never, (() => undefined) as never);
    };
    // The consumers' pollers share their reads of the stream: pollers at the same place read each page once.
    const streamPages = await openStreamPages({ dynamodb: admin, endpoint: dynamo.endpoint, tableName: LOCAL_TABLE_NAME });
    stops.push(() => streamPages.close());
    const pollers = await Promise.all(
      streamConsumers.map(async (consumer) => {
        const invoke = await streamHandlerOf(consumer.handler);
        return startStreamPoller({
          dynamodb: admin,
          endpoint: dynamo.endpoint,
          tableName: LOCAL_TABLE_NAME,
          checkpointFile: options.dataDir && join(options.dataDir, `stream-${consumer.name}.json`),
          pages: streamPages,
          consumer: {
            name: consumer.name,
            filter: consumer.filter,
            batchSize: consumer.batchSize,
            retryAttempts: consumer.retryAttempts,
            invoke: async (event) => (await invoke(event)) as DynamoDBBatchResponse | undefined,
          },
        });
      }),
    );
    // Every write of the handlers (and of anything else in this process on the shared client) wakes the
    // pollers, so an event reaches its consumers in milliseconds; the interval stays for writes from elsewhere.
    const stopNotifying = notifyTableWrites(dynamoDocumentClient(), () => {
      streamPages.written();
      for (const poller of pollers) poller.nudge();
    });
    stops.push(async () => {
      stopNotifying();
      for (const poller of pollers) await poller.stop();
    });

    const scheduler = startScheduler(schedules, invokeHandler);
    stops.push(() => scheduler.stop());

    // Starters call StartExecution with the SDK, as in AWS; the endpoint hands it to the runner.
    const workflowRunner = startLocalWorkflowRunner({
      invoke: invokeHandler,
      waitMilliseconds: options.workflowWaitMilliseconds ?? 1000,
      retryMilliseconds: options.workflowRetryMilliseconds,
    });
    stops.push(() => workflowRunner.stop());
    const stepFunctions = await startLocalStepFunctionsEndpoint({ runner: workflowRunner });
    stops.push(() => stepFunctions.close());
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_SFN: stepFunctions.url,
      ...Object.fromEntries(workflows.map((workflow) => [workflow.arnVariable, workflowRunner.stateMachineArn(workflow.name)])),
    });

    // Kubernetes (DESIGN section 6): the cluster of KUBECONFIG when one is given (k3d, kind, minikube), else the
    // simulated cluster, whose kubeconfig is written to the data folder for kubectl and for the handlers.
    const realKubeconfig = options.kubeconfig ?? process.env.KUBECONFIG;
    const kubeconfigFolder = options.dataDir ?? mkdtempSync(join(tmpdir(), 'paas-kube-'));
    const cluster =
      realKubeconfig || options.simulatedCluster === false
        ? undefined
        : await startSimulatedCluster({ ...options.simulatedCluster, kubeconfigPath: join(kubeconfigFolder, 'kubeconfig') });
    if (cluster) stops.push(() => cluster.stop());
    const kubeconfigPath = realKubeconfig ?? cluster?.kubeconfigPath;
    if (kubeconfigPath) process.env.KUBECONFIG = kubeconfigPath;
    // Backup and restore Jobs run here as local processes where no container runs: on the simulated cluster, and on
    // a real control plane of kwok nodes (given its administrator's kubeconfig, to play the Job's pod).
    const volumesDir = join(options.dataDir ?? mkdtempSync(join(tmpdir(), 'paas-volumes-')), 'volumes');
    const jobRunnerKubeconfig = cluster ? kubeconfigPath : options.kwokAdminKubeconfig;
    const jobRuns: LocalJobRun[] = [];
    if (jobRunnerKubeconfig) {
      const jobs = startLocalJobRunner({
        cluster: clusterFromEnvironment({ KUBECONFIG: jobRunnerKubeconfig }),
        reporter: cluster ? jobStatusReporter(jobRunnerKubeconfig) : podStatusReporter(jobRunnerKubeconfig),
        volumesDir,
        // Its own Jobs only: the instance the Job's label names is in this platform's table.
        owns: async (job) => {
          const label = job.metadata.labels?.[labelKeys.instance];
          return Boolean(label && (await dynamoSubscriptionStore(dynamoDocumentClient(), LOCAL_TABLE_NAME).getInstance(label.toUpperCase())));
        },
        onRun: (run) => jobRuns.push(run),
        onError: (job, error) => console.error(`local job runner: ${job}: ${(error as Error).message}`),
      });
      stops.push(() => jobs.stop());
    }

    const http = await startLocalHttpServer({
      routes,
      fallbackHandler,
      port: options.port,
      host: options.host,
      // `npm run job`: a schedule's handler run once, at a given time, by an administrator.
      extraRoutes: localJobsEndpoint(schedules, (name, time) => scheduler.runNow(name, time)),
    });
    stops.push(() => http.close());

    if (options.summaryEveryMs) {
      // The stats route's own use case and stores, read in this process: the same figures, not a second count.
      const summary = startSummaryLine({ everyMs: options.summaryEveryMs, read: () => platformStats(statsDeps()), print: options.printSummary });
      stops.push(() => summary.stop());
    }

    return {
      url: http.url,
      dynamoDbEndpoint: dynamo.endpoint,
      tableName: LOCAL_TABLE_NAME,
      bus,
      workflows: workflowRunner,
      queues: localQueues,
      kubernetes: kubeconfigPath ? { url: cluster?.url ?? 'from KUBECONFIG', kubeconfigPath, simulated: Boolean(cluster), simulatedCluster: cluster } : undefined,
      mailDir,
      volumesDir,
      jobRuns: () => [...jobRuns],
      webhooksAllowLoopback: process.env.WEBHOOKS_ALLOW_LOOPBACK === '1',
      inboundSecrets,
      payments,
      mintAdminToken: identity.mintAdminToken,
      runSchedule: (name, time) => scheduler.runNow(name, time),
      drainStreams: async () => {
        for (const poller of pollers) await poller.drain();
      },
      streamFailures: () =>
        pollers.map((poller) => poller.failures()).reduce((sum, one) => ({ retrying: sum.retrying + one.retrying, givenUp: sum.givenUp + one.givenUp }), { retrying: 0, givenUp: 0 }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
