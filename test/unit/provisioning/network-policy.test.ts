import { describe, expect, it } from 'vitest';
import { deniedEgressCidrs, tenantNetworkPolicy } from '../../../shared/provisioning/tenant/network-policy';
import { inCidr, validateObject } from './kubernetes-model';

const userId = '01J9ZK4X7Q8R2M3N4P5S6T7V8W';

describe('the tenant network policy', () => {
  const policy = tenantNetworkPolicy({ userId });
  const spec = policy.spec!;

  it('is valid and selects every pod of the namespace, both directions (default deny)', () => {
    validateObject(policy);
    expect(spec.podSelector).toEqual({});
    expect(spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });

  it('lets in only the ingress controller', () => {
    expect(spec.ingress).toEqual([
      {
        from: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
            podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } },
          },
        ],
      },
    ]);
  });

  it('takes another ingress controller when told', () => {
    const other = tenantNetworkPolicy({ userId, ingressNamespace: 'traefik', ingressPodLabels: { 'app.kubernetes.io/name': 'traefik' } });
    validateObject(other);
    expect(other.spec!.ingress![0]!.from![0]).toEqual({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } },
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'traefik' } },
    });
  });

  it('lets out DNS (UDP and TCP 53) to the cluster DNS in kube-system', () => {
    const dns = spec.egress![0]!;
    expect(dns.to).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } },
    ]);
    expect(dns.ports).toEqual([
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 53 },
    ]);
  });

  it('lets out the public internet, except the metadata address, the private ranges and link-local', () => {
    expect(spec.egress).toHaveLength(2);
    const internet = spec.egress![1]!;
    expect(internet.ports).toBeUndefined();
    expect(internet.to).toEqual([{ ipBlock: { cidr: '0.0.0.0/0', except: [...deniedEgressCidrs] } }]);
    const except = internet.to![0]!.ipBlock!.except!;
    const denied = (address: string) => except.some((cidr) => inCidr(address, cidr));
    for (const address of ['169.254.169.254', '169.254.170.23', '10.0.0.1', '10.100.0.10', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '127.0.0.1']) {
      expect(denied(address), address).toBe(true);
    }
    for (const address of ['1.1.1.1', '8.8.8.8', '52.94.236.248', '172.32.0.1', '192.169.0.1']) expect(denied(address), address).toBe(false);
  });

  it('reaches no other namespace: no peer but the ingress controller, DNS and ip blocks', () => {
    const peers = [...spec.ingress!.flatMap((r) => r.from ?? []), ...spec.egress!.flatMap((r) => r.to ?? [])];
    const namespaces = peers.flatMap((p) => (p.namespaceSelector ? [p.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name']] : []));
    expect(namespaces).toEqual(['ingress-nginx', 'kube-system']);
    for (const peer of peers) if (peer.namespaceSelector) expect(peer.podSelector?.matchLabels, 'a whole namespace is never a peer').toBeDefined();
  });

  it('denies IPv6 unless the VPC range to exclude is given', () => {
    const withIpv6 = tenantNetworkPolicy({ userId, ipv6ExceptCidrs: ['2600:1f18:abcd:ef00::/56'] });
    validateObject(withIpv6);
    expect(withIpv6.spec!.egress![1]!.to![1]).toEqual({ ipBlock: { cidr: '::/0', except: ['fc00::/7', 'fe80::/10', '2600:1f18:abcd:ef00::/56'] } });
    expect(JSON.stringify(policy)).not.toContain('::/0');
  });
});
