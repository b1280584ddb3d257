import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restCluster } from '../../../shared/kubernetes/rest-cluster';
import { kubeconfigFileSource } from '../../../shared/kubernetes/kubeconfig-file-source';
import { certificateKind, domainObjectNames, ingressKind } from '../../../shared/domains/domain-routing';
import { apiClient } from '../../support/api-client';
import { startDnsServer, type TestDnsServer } from '../../support/dns-server';
import { subscriptionEventTypes, useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance } from '../../support/provisioning';

/**
 * Custom domains over HTTP through the local platform, with the DNS answers coming from a real DNS server on
 * loopback that this file starts and controls (the platform's DNS_RESOLVER points at it): a domain stays
 * PENDING until its TXT token and CNAME are published, is then VERIFIED with its own Ingress and Certificate
 * (the simulated cluster plays cert-manager: Ready at once, so ACTIVE), is unique across customers, lapses
 * when its records go, and leaves nothing behind when removed.
 */
let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startDnsServer();
  // Read when the domain functions first build their dependencies, which is after this.
  process.env.DNS_RESOLVER = dns.address;
});
afterAll(async () => {
  delete process.env.DNS_RESOLVER;
  await dns?.close();
});

const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 100 } });
const api = apiClient(platform);
const cluster = () => restCluster(kubeconfigFileSource(platform().kubernetes!.kubeconfigPath));

interface Customer {
  token: string;
  subscriptionId: string;
  instance: { id: string; template: string; namespace: string; url: string };
}
let alice: Customer;
let bob: Customer;

const subscribe = async (): Promise<Customer> => {
  const token = (await api.register()).accessToken;
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
  expect(created.status, created.text).toBe(202);
  const instance = await settledInstance(api, token, created.json.subscription.id);
  expect(instance.status).toBe('RUNNING');
  return { token, subscriptionId: created.json.subscription.id, instance };
};

const domains = (who: Customer) => `/v1/subscriptions/${who.subscriptionId}/domains`;
const add = (who: Customer, hostname: unknown) => api.call('POST', domains(who), { token: who.token, body: { hostname } });
const verify = (who: Customer, hostname: string, as = who) => api.call('POST', `${domains(who)}/${hostname}/verify`, { token: as.token });

beforeAll(async () => {
  await registerWorker(api, 'worker-1', { heartbeats: true });
  alice = await subscribe();
  bob = await subscribe();
}, 180_000);

describe('custom domains', () => {
  const hostname = 'shop.example.com';

  it('answers the TXT and CNAME records to publish, stays PENDING until both are seen, then routes the name with its own certificate', async () => {
    const added = await add(alice, 'Shop.Example.COM');
    expect(added.status, added.text).toBe(201);
    const instanceHost = new URL(alice.instance.url).hostname;
    expect(added.json).toMatchObject({ hostname, status: 'PENDING', attempts: 0 });
    const [txt, cname] = added.json.records as { type: string; name: string; value: string }[];
    expect(txt).toMatchObject({ type: 'TXT', name: `_paas-challenge.${hostname}` });
    expect(txt!.value).toMatch(/^paas-verification=[0-9a-f]{32}$/);
    expect(cname).toEqual({ type: 'CNAME', name: hostname, value: instanceHost });

    const nothing = await verify(alice, hostname);
    expect(nothing.status, nothing.text).toBe(200);
    expect(nothing.json).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(nothing.json.reason).toContain(`no TXT record at _paas-challenge.${hostname}`);

    dns.set(`_paas-challenge.${hostname}`, { txt: ['some-other=thing', txt!.value] });
    const halfway = await verify(alice, hostname);
    expect(halfway.json.status).toBe('PENDING');
    expect(halfway.json.reason).toContain(`no CNAME record at ${hostname}`);
    expect(halfway.json.reason).not.toContain('TXT');

    dns.set(hostname, { cname: 'elsewhere.example.net' });
    expect((await verify(alice, hostname)).json.reason).toContain(`${hostname} is a CNAME to elsewhere.example.net, not ${instanceHost}`);
    const names = domainObjectNames(alice.instance, hostname);
    expect(await cluster().read(ingressKind, names.ingress, alice.instance.namespace)).toBeUndefined();

    dns.set(hostname, { cname: `${instanceHost}.` });
    const verified = await verify(alice, hostname);
    expect(verified.json).toMatchObject({ status: 'VERIFIED', certificate: { state: 'issuing' }, attempts: 0 });
    expect(verified.json.reason).toBeUndefined();

    const ingress = await cluster().read(ingressKind, names.ingress, alice.instance.namespace);
    expect(ingress?.spec).toMatchObject({ tls: [{ hosts: [hostname], secretName: names.secret }], rules: [{ host: hostname }] });
    const certificate = await cluster().read(certificateKind, names.certificate, alice.instance.namespace);
    expect(certificate?.spec).toMatchObject({ dnsNames: [hostname], secretName: names.secret, issuerRef: { kind: 'ClusterIssuer', name: 'letsencrypt' } });

    // The next check reads the Certificate's Ready condition (the simulated cert-manager issued it).
    const active = await verify(alice, hostname);
    expect(active.json).toMatchObject({ status: 'ACTIVE', certificate: { state: 'ready' } });
    const listed = await api.call('GET', domains(alice), { token: alice.token });
    expect(listed.status).toBe(200);
    expect(listed.json.items).toEqual([expect.objectContaining({ hostname, status: 'ACTIVE' })]);
    expect(await subscriptionEventTypes(platform(), alice.subscriptionId)).toEqual(expect.arrayContaining(['domain.added', 'domain.verified', 'domain.active']));
    // Every check asked the DNS server for the TXT and the CNAME: two questions per check, and the two checks
    // that found no CNAME asked for the name's A records too (an apex's way of pointing here).
    expect(dns.questions().filter((q) => q.name === hostname || q.name === `_paas-challenge.${hostname}`).length).toBe(2 * 5 + 2);
  });

  it('keeps a name to one customer: another customer claiming it is refused with 409', async () => {
    const taken = await add(bob, hostname);
    expect(taken.status, taken.text).toBe(409);
    expect(taken.json.detail).toContain('already claimed');
    expect((await add(alice, hostname)).status).toBe(409);
  });

  it('refuses names that are not public DNS names, and the platform’s own, with 400 naming the field', async () => {
    for (const bad of ['1.2.3.4', 'localhost', 'printer.local', 'db.internal', 'nodots', 'a..example.com', '-a.example.com', 'x'.repeat(64) + '.example.com', '*.example.com', '[::1]', 'apps.localhost', 'my.apps.localhost', 42]) {
      const answer = await add(alice, bad);
      expect(answer.status, `${bad}: ${answer.text}`).toBe(400);
      expect((answer.json.errors as { field: string }[] | undefined)?.map((e) => e.field), String(bad)).toContain('body.hostname');
    }
    const badParam = await verify(alice, 'not_a_name');
    expect(badParam.status).toBe(400);
    expect((badParam.json.errors as { field: string }[] | undefined)?.map((e) => e.field)).toContain('path.hostname');
  });

  it("answers 404 for another customer's subscription and for a name not added", async () => {
    expect((await verify(alice, hostname, bob)).status).toBe(404);
    expect((await api.call('GET', domains(alice), { token: bob.token })).status).toBe(404);
    expect((await api.call('DELETE', `${domains(alice)}/${hostname}`, { token: bob.token })).status).toBe(404);
    expect((await api.call('POST', domains(alice), { token: bob.token, body: { hostname: 'mine.example.org' } })).status).toBe(404);
    expect((await verify(alice, 'never-added.example.com')).status).toBe(404);
  });

  it('notices a domain whose records stop pointing at the platform, and tells the customer', async () => {
    dns.set(hostname, { cname: 'another-host.example.net' });
    // The schedule's check an hour later (verified domains are checked hourly).
    const run = (await api.call('POST', `/_local/jobs/domains?now=${new Date(Date.now() + 2 * 3600_000).toISOString()}`, { token: await api.adminToken() })).json.result;
    expect(run).toMatchObject({ checked: 1, failed: 0 });
    const [domain] = (await api.call('GET', domains(alice), { token: alice.token })).json.items;
    expect(domain).toMatchObject({ hostname, status: 'PENDING' });
    expect(domain.reason).toContain('No longer seen');
    expect(await subscriptionEventTypes(platform(), alice.subscriptionId)).toContain('domain.lapsed');
    const notifications = await api.call('GET', '/v1/notifications', { token: alice.token });
    expect(notifications.json.items.map((n: { title: string }) => n.title)).toContain('Your domain no longer points at your instance');
  });

  it('removes a domain: its Ingress and Certificate go, the instance’s own Ingress stays, and the name is free again', async () => {
    const names = domainObjectNames(alice.instance, hostname);
    const removed = await api.call('DELETE', `${domains(alice)}/${hostname}`, { token: alice.token });
    expect(removed.status, removed.text).toBe(204);
    expect(await cluster().read(ingressKind, names.ingress, alice.instance.namespace)).toBeUndefined();
    expect(await cluster().read(certificateKind, names.certificate, alice.instance.namespace)).toBeUndefined();
    const ingresses = await cluster().list(ingressKind, { namespace: alice.instance.namespace });
    expect(ingresses.map((i) => i.metadata.name)).toContain(`n8n-${alice.instance.id.toLowerCase().slice(-12)}`);
    expect((await api.call('GET', domains(alice), { token: alice.token })).json.items).toEqual([]);
    expect((await add(bob, hostname)).status).toBe(201);
  });

  it("verifies a zone's apex by A records to the instance host's addresses, where a CNAME cannot be", async () => {
    const apex = 'bobs-bakery.com';
    const added = await add(bob, apex);
    expect(added.status, added.text).toBe(201);
    const [txt] = added.json.records as { value: string }[];
    const instanceHost = new URL(bob.instance.url).hostname;
    dns.set(`_paas-challenge.${apex}`, { txt: [txt!.value] });
    dns.set(instanceHost, { a: ['203.0.113.10', '203.0.113.11'] });
    dns.set(apex, { a: ['198.51.100.7'] });
    const elsewhere = await verify(bob, apex);
    expect(elsewhere.json).toMatchObject({ status: 'PENDING' });
    expect(elsewhere.json.reason).toContain(`no CNAME record at ${apex} (at a zone's apex, A records to the addresses of ${instanceHost} instead)`);
    dns.set(apex, { a: ['203.0.113.11'] });
    expect((await verify(bob, apex)).json).toMatchObject({ status: 'VERIFIED', certificate: { state: 'issuing' } });
    expect((await api.call('DELETE', `${domains(bob)}/${apex}`, { token: bob.token })).status).toBe(204);
  });
});
