import { isAbsolute, relative, resolve } from 'node:path';
import type { DemoReport } from './seed-demo';

export interface SummaryContext {
  apiUrl: string;
  dataDir: string;
  /** The kubeconfig of the platform's cluster; undefined when it is the one in the reader's own KUBECONFIG. */
  kubeconfigPath?: string;
}

/** A path as the reader would type it from the repository: relative when it is inside. */
const shown = (path: string) => {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere : path;
};

const quoted = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

/** What the seed prints: who to log in as, how to get the admin token, what runs where, and what to try. */
export const formatDemoSummary = (report: DemoReport, context: SummaryContext): string => {
  const base = context.apiUrl.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
  const dataFlag = resolve(context.dataDir) === resolve('.data') ? '' : ` --data-dir ${shown(context.dataDir)}`;
  const login = JSON.stringify({ email: report.customer.email, password: report.customer.password });
  const kubectl = `${context.kubeconfigPath ? `KUBECONFIG=${shown(context.kubeconfigPath)} ` : ''}kubectl -n ${report.instance.namespace} get deploy,svc,ingress,pods`;
  return [
    '',
    `Demo ready (${report.created.length ? `this run created: ${report.created.join(', ')}` : 'nothing new: it was all there already'})`,
    `  Customer       ${report.customer.email} / ${report.customer.password}  (user ${report.customer.id})`,
    `  Administrator  ADMIN=$(npm run -s admin-token -- --email ${report.adminEmail}${dataFlag})`,
    `  Agent token    "${report.agentToken.name}" (${report.agentToken.id}); the token itself is in ${shown(context.dataDir)}/demo/agent.json`,
    `  Node           ${report.node.name} ${report.node.status}: the platform's demo agent heartbeats while the platform runs`,
    `  Subscription   ${report.subscription.id} (${report.subscription.serviceSlug} ${report.subscription.planId}) ${report.subscription.status}`,
    `  Instance       ${report.instance.id} ${report.instance.status}${report.instance.nodeName ? ` on ${report.instance.nodeName}` : ''}`,
    `  Instance URL   ${report.instance.url}`,
    `  Kubernetes     ${kubectl}`,
    `  Try            TOKEN=$(curl -s ${base}/v1/auth/login -H 'content-type: application/json' -d ${quoted(login)} | jq -r .accessToken)`,
    `                 curl -s ${base}/v1/subscriptions/${report.subscription.id}/instance -H "authorization: Bearer $TOKEN" | jq`,
    `                 curl -s ${base}/v1/admin/workers -H "authorization: Bearer $ADMIN" | jq '.items[] | {name, status, usage}'`,
    `                 curl -s ${base}/v1/admin/stats -H "authorization: Bearer $ADMIN" | jq`,
    '',
  ].join('\n');
};
