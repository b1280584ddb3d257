import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainObjectNames } from '../../shared/domains/domain-routing';
import { certManagerVersion } from '../../infra/real-cluster/versions';
import { ensureCertManagerCrds } from '../../infra/real-cluster/cert-manager-crds';
import { instanceNames } from '../../shared/provisioning/templates/instance-names';
import { startDnsServer, type TestDnsServer } from '../support/dns-server';
import { settledInstance, until } from '../support/provisioning';
import { adminClients, kubectl, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * Custom domains on a real control plane: cert-manager's CRDs installed from their published definitions
 * (the pinned module's Helm chart, infra/real-cluster/cert-manager-crds.ts), so the API server validates
 * Certificates against cert-manager's own schema; the platform, as its least-privileged identity, applies a
 * verified domain's Certificate and Ingress and they are accepted; the certificate's state is read from the
 * Certificate's status (no cert-manager controller runs here: the test writes the status it would); removing
 * the domain deletes exactly its objects. DNS answers come from a real DNS server on loopback.
 */
let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startDnsServer();
  process.env.DNS_RESOLVER = dns.address;
  const crds = await ensureCertManagerCrds({ log: (line) => console.log(`[cert-manager] ${line}`) });
  await kubectl(['apply', '--server-side', '--field-manager=paas-tests', '-f', crds]);
  await kubectl(['wait', '--for=condition=Established', '--timeout=60s', 'crd/certificates.cert-manager.io', 'crd/clusterissuers.cert-manager.io']);
}, 180_000);
afterAll(async () => {
  delete process.env.DNS_RESOLVER;
  await dns?.close();
});

const { api } = useRealClusterPlatform();
let token: string;
let created: { subscription: { id: string }; instance: { id: string; namespace: string; template: string; url: string } };
const hostname = 'blog.customer-example.org';
const base = () => `/v1/subscriptions/${created.subscription.id}/domains`;
const verify = async () => {
  const answer = await api.call('POST', `${base()}/${hostname}/verify`, { token });
  expect(answer.status, answer.text).toBe(200);
  return answer.json;
};
const setCertificateReady = (name: string, namespace: string, condition: Record<string, string>) =>
  kubectl(['patch', 'certificate.cert-manager.io', name, '-n', namespace, '--subresource=status', '--type=merge', '-p', JSON.stringify({ status: { conditions: [{ type: 'Ready', lastTransitionTime: new Date().toISOString(), ...condition }] } })]);

beforeAll(async () => {
  await registerKwokNodes(api);
  token = (await api.register()).accessToken;
  created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
  expect((await settledInstance(api, token, created.subscription.id)).status).toBe('RUNNING');
}, 180_000);

// The files share three fake nodes: give the instance's CPU back for the next file.
afterAll(async () => {
  expect((await api.call('POST', `/v1/subscriptions/${created.subscription.id}/cancel`, { token })).status).toBe(202);
  await until(async () => (await api.call('GET', `/v1/subscriptions/${created.subscription.id}/instance`, { token })).json, (i) => i.status === 'DELETED', 'the instance deprovisioned', 120_000);
}, 150_000);

describe('custom domains on a real control plane', () => {
  it(`has cert-manager ${certManagerVersion}'s CRDs established, and its schema refuses a malformed Certificate`, async () => {
    const crd = JSON.parse(await kubectl(['get', 'crd', 'certificates.cert-manager.io', '-o', 'json']));
    expect(crd.spec.versions.map((v: { name: string }) => v.name)).toContain('v1');
    expect(crd.status.conditions.find((c: { type: string }) => c.type === 'Established').status).toBe('True');
    const malformed = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'malformed', namespace: 'default' }, spec: { dnsNames: 'not-a-list.example.com', secretName: 'x' } };
    const refused = await adminClients().objects.create(malformed).then(
      () => undefined,
      (error: { code?: number; body?: unknown }) => error,
    );
    expect(refused?.code).toBe(422);
    expect(JSON.stringify(refused?.body)).toMatch(/spec\.(issuerRef|dnsNames)/);
  });

  it('the platform, with only its own rights, applies a verified domain’s Certificate and Ingress, and the API server accepts them', async () => {
    const added = await api.call('POST', base(), { token, body: { hostname } });
    expect(added.status, added.text).toBe(201);
    const [txt, cname] = added.json.records as { name: string; value: string }[];
    expect((await verify()).status).toBe('PENDING');

    dns.set(txt!.name, { txt: [txt!.value] });
    dns.set(cname!.name, { cname: cname!.value });
    expect(await verify()).toMatchObject({ status: 'VERIFIED', certificate: { state: 'issuing' } });

    const names = domainObjectNames(created.instance, hostname);
    const { namespace } = created.instance;
    const certificate = JSON.parse(await kubectl(['get', 'certificate.cert-manager.io', names.certificate, '-n', namespace, '-o', 'json', '--show-managed-fields']));
    expect(certificate.spec).toMatchObject({ dnsNames: [hostname], secretName: names.secret, issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer', group: 'cert-manager.io' } });
    expect(certificate.metadata.managedFields.map((f: { manager: string }) => f.manager)).toContain('paas-platform');
    const ingress = JSON.parse(await kubectl(['get', 'ingress', names.ingress, '-n', namespace, '-o', 'json']));
    expect(ingress.spec.rules[0]).toMatchObject({ host: hostname, http: { paths: [{ backend: { service: { name: instanceNames('n8n', created.instance.id).base } } }] } });
    expect(ingress.spec.tls).toEqual([{ hosts: [hostname], secretName: names.secret }]);
  });

  it('shows the certificate’s state from the Certificate’s Ready condition: failed with cert-manager’s reason, then ready (ACTIVE)', async () => {
    const names = domainObjectNames(created.instance, hostname);
    await setCertificateReady(names.certificate, created.instance.namespace, { status: 'False', reason: 'Failed', message: 'The ACME order failed: no route to host' });
    expect(await verify()).toMatchObject({ status: 'VERIFIED', certificate: { state: 'failed', reason: 'Failed: The ACME order failed: no route to host' } });
    await setCertificateReady(names.certificate, created.instance.namespace, { status: 'True', reason: 'Ready', message: 'Certificate is up to date and has not expired' });
    expect(await verify()).toMatchObject({ status: 'ACTIVE', certificate: { state: 'ready' } });
  });

  it('removing the domain deletes its Ingress and Certificate and nothing else', async () => {
    const names = domainObjectNames(created.instance, hostname);
    const { namespace } = created.instance;
    const before = JSON.parse(await kubectl(['get', 'ingress,service,deployment,secret', '-n', namespace, '-o', 'json'])).items.map((o: { kind: string; metadata: { name: string } }) => `${o.kind}/${o.metadata.name}`);
    expect((await api.call('DELETE', `${base()}/${hostname}`, { token })).status).toBe(204);
    // Deleted in the foreground: the garbage collector removes each object once it has no dependents.
    await until(() => kubectl(['get', 'certificate.cert-manager.io', '-n', namespace, '-o', 'name']), (out) => out === '', 'the Certificate deleted');
    const expected = before.filter((name: string) => name !== `Ingress/${names.ingress}`);
    const listed = async () => JSON.parse(await kubectl(['get', 'ingress,service,deployment,secret', '-n', namespace, '-o', 'json'])).items.map((o: { kind: string; metadata: { name: string } }) => `${o.kind}/${o.metadata.name}`) as string[];
    const after = await until(listed, (names) => names.length === expected.length, 'the domain’s Ingress deleted');
    expect(before).toContain(`Ingress/${names.ingress}`);
    expect(after).toEqual(expected);
    expect(after).toContain(`Ingress/${instanceNames('n8n', created.instance.id).base}`);
    expect((await api.call('GET', `/v1/subscriptions/${created.subscription.id}/instance`, { token })).json.status).toBe('RUNNING');
  });
});
