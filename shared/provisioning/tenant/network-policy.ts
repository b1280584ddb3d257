import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { namespaceName } from './kubernetes-names';
import { tenantLabels, type Labels } from './labels';

export const tenantNetworkPolicyName = 'tenant-isolation';

/**
 * Addresses a tenant may never reach, even though "the internet" is allowed: the private ranges (the VPC,
 * other namespaces' pods, Service IPs, on-premises links), carrier-grade NAT (EKS custom pod networking) and
 * link-local, which holds the instance metadata service 169.254.169.254, the EKS Pod Identity agent and the
 * VPC resolver.
 */
export const deniedEgressCidrs = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '169.254.0.0/16',
  '127.0.0.0/8',
  '0.0.0.0/8',
] as const;

export interface TenantNetworkPolicyOptions {
  userId: string;
  /** The ingress controller's namespace. */
  ingressNamespace?: string;
  /** The ingress controller's pods, inside that namespace. */
  ingressPodLabels?: Labels;
  /** The cluster DNS pods in kube-system. */
  dnsPodLabels?: Labels;
  /**
   * IPv6 egress is denied unless this is given. On an IPv6 cluster pod addresses are public (global unicast),
   * so `::/0` would reach every other namespace: pass the VPC's IPv6 CIDR here to exclude it.
   */
  ipv6ExceptCidrs?: string[];
}

const namespaceLabel = 'kubernetes.io/metadata.name';

/**
 * Default deny for the whole namespace, then: in, only the ingress controller; out, only the cluster DNS and
 * the public internet. Traffic between an instance's own pods (app → database) is opened per instance by its
 * template, so even two instances of one customer cannot reach each other's database.
 */
export const tenantNetworkPolicy = ({
  userId,
  ingressNamespace = 'ingress-nginx',
  ingressPodLabels = { 'app.kubernetes.io/name': 'ingress-nginx' },
  dnsPodLabels = { 'k8s-app': 'kube-dns' },
  ipv6ExceptCidrs,
}: TenantNetworkPolicyOptions): INetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: tenantNetworkPolicyName, namespace: namespaceName(userId), labels: tenantLabels(userId) },
  spec: {
    podSelector: {},
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          {
            namespaceSelector: { matchLabels: { [namespaceLabel]: ingressNamespace } },
            podSelector: { matchLabels: ingressPodLabels },
          },
        ],
      },
    ],
    egress: [
      {
        to: [
          {
            namespaceSelector: { matchLabels: { [namespaceLabel]: 'kube-system' } },
            podSelector: { matchLabels: dnsPodLabels },
          },
        ],
        ports: [
          { protocol: 'UDP', port: 53 },
          { protocol: 'TCP', port: 53 },
        ],
      },
      {
        to: [
          { ipBlock: { cidr: '0.0.0.0/0', except: [...deniedEgressCidrs] } },
          ...(ipv6ExceptCidrs ? [{ ipBlock: { cidr: '::/0', except: ['fc00::/7', 'fe80::/10', ...ipv6ExceptCidrs] } }] : []),
        ],
      },
    ],
  },
});
