import type { LocalPlatform } from '../infra/local/local-platform';
import { dynamoDocumentClient } from '../shared/aws/clients';
import type { TestDnsServer } from '../test/support/dns-server';
import { type BenchCustomer, createAgentToken, heartbeatBody, registerNode, sendJson } from './bench-callers';
import { attachCapacityRecorder } from './capacity-recorder';
import { isHealthMonitor } from './heartbeats';

/**
 * What one check of a custom domain costs (issue 19's "domain verification requests per check"): a domain
 * added to an instance on the simulated cluster, then `POST …/verify` three times against a real DNS server
 * on loopback (dns2, the platform's DNS_RESOLVER): while its records are missing (PENDING), once they are
 * served (VERIFIED: the Certificate and Ingress applied), and again once verified (the Certificate read).
 * Per check: the DNS questions the server was asked, the DynamoDB requests, the Kubernetes requests.
 */
export interface DomainCheckCost {
  check: 'records missing' | 'records served: verified' | 'already verified';
  status: string;
  dnsQueries: number;
  dynamodbRequests: Record<string, number>;
  kubernetesRequests: Record<string, number>;
}

const NODE = 'bench-domains';

export const measureDomainChecks = async (platform: LocalPlatform, adminToken: string, customer: BenchCustomer, dns: TestDnsServer): Promise<DomainCheckCost[]> => {
  const sim = platform.kubernetes?.simulatedCluster;
  if (!sim) throw new Error('domain checks are measured on the simulated cluster; KUBECONFIG points at another one');
  const token = customer.session.accessToken;
  const agent = await createAgentToken(platform.url, adminToken, 'bench-domains');
  await registerNode(platform.url, agent.token, NODE);
  await sendJson(platform.url, 'POST', '/v1/agent/heartbeat', { token: agent.token, body: heartbeatBody(NODE) });
  const created = await sendJson(platform.url, 'POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter', name: 'domain bench' } });
  if (created.status !== 202) throw new Error(`POST /v1/subscriptions answered ${created.status}: ${created.text.slice(0, 200)}`);
  const { subscription, instance } = created.json as { subscription: { id: string }; instance: { id: string } };
  await platform.workflows.wait(`${platform.workflows.stateMachineArn('provision-instance').replace(':stateMachine:', ':execution:')}:${instance.id}`);

  const hostname = `bench-${Date.now()}.example.com`;
  const added = await sendJson(platform.url, 'POST', `/v1/subscriptions/${subscription.id}/domains`, { token, body: { hostname } });
  if (added.status !== 201) throw new Error(`POST domains answered ${added.status}: ${added.text.slice(0, 200)}`);
  const records = (added.json as { records: { type: string; name: string; value: string }[] }).records;
  await platform.drainStreams();

  const recorder = attachCapacityRecorder(dynamoDocumentClient());
  const check = async (what: DomainCheckCost['check']): Promise<DomainCheckCost> => {
    recorder.take();
    const questions = dns.questions().length;
    const before = new Map(sim.requestCounts());
    const answer = await sendJson(platform.url, 'POST', `/v1/subscriptions/${subscription.id}/domains/${hostname}/verify`, { token });
    if (answer.status !== 200) throw new Error(`POST verify answered ${answer.status}: ${answer.text.slice(0, 200)}`);
    const dynamodbRequests: Record<string, number> = {};
    for (const command of recorder.take().filter((c) => !isHealthMonitor(c))) dynamodbRequests[command.operation] = (dynamodbRequests[command.operation] ?? 0) + 1;
    const kubernetesRequests: Record<string, number> = {};
    for (const [request, count] of sim.requestCounts()) {
      // The local Job runner lists Jobs every second whatever runs: not the check's.
      if (request === 'GET /apis/batch/v1/jobs') continue;
      if (count > (before.get(request) ?? 0)) kubernetesRequests[request] = count - (before.get(request) ?? 0);
    }
    await platform.drainStreams();
    return { check: what, status: (answer.json as { status: string }).status, dnsQueries: dns.questions().length - questions, dynamodbRequests, kubernetesRequests };
  };
  try {
    const missing = await check('records missing');
    for (const record of records) dns.set(record.name, record.type === 'TXT' ? { txt: [record.value] } : { cname: record.value });
    const verified = await check('records served: verified');
    const again = await check('already verified');
    return [missing, verified, again];
  } finally {
    recorder.detach();
  }
};
