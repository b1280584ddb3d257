import type { LedgerStore } from '../../billing/ledger-store';
import type { Cluster } from '../../kubernetes/cluster';
import type { SubscriptionStore } from '../../subscriptions/subscription-store';
import type { NodeStore } from '../../workers/node-store';

/** What the workflow steps need, passed in: stores, the cluster, the apps domain and a clock. */
export interface ProvisioningDeps {
  subscriptions: SubscriptionStore;
  nodes: NodeStore;
  cluster: Cluster;
  /** Activation charges the first period, in the same transaction. */
  ledger: Pick<LedgerStore, 'entryParts'>;
  appsDomain: string;
  /** Stack settings every instance is rendered with: its volumes' StorageClass, IngressClass and certificate issuer. */
  instanceSettings?: InstanceSettings;
  now: () => Date;
}

export interface InstanceSettings {
  storageClassName?: string;
  ingressClassName?: string;
  clusterIssuer?: string;
}

/** The state a workflow carries from step to step (Step Functions JSONPath, the whole state in and out). */
export interface WorkflowState {
  instanceId: string;
  pollSeconds?: number;
  maxPolls?: number;
  pollCount?: number;
  userId?: string;
  subscriptionId?: string;
  nodeName?: string;
  /** Set by check-rollout once the pods are Ready: the node the scheduler put the app's pod on. */
  placedOn?: string;
  /** Set by ensure-namespace: the customer's namespace is still being deleted, and how many checks saw it so. */
  namespaceTerminating?: boolean;
  namespaceWaits?: number;
  rollout?: { ready: boolean; failed: boolean; reason?: string };
  failure?: { Error?: string; Cause?: string; error?: string; cause?: string };
  [key: string]: unknown;
}

/** A step failure that retrying cannot fix (the workflow's Catch rolls back). */
export class TerminalStepError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}
