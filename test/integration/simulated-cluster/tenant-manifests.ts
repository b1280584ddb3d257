import type { KubernetesObject } from '@kubernetes/client-node';

/** A small tenant, shaped like what the platform applies: namespace, guard rails, an app and its plumbing. */
export const tenantManifests = (namespace: string, image = 'ghost:5.80'): KubernetesObject[] => {
  const labels = { 'app.kubernetes.io/managed-by': 'paas', 'paas.example/tenant': namespace };
  const app = { 'app.kubernetes.io/name': 'ghost', 'app.kubernetes.io/instance': namespace };
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels } },
    { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'quota', namespace, labels }, spec: { hard: { 'requests.cpu': '1', 'requests.memory': '1Gi', 'requests.storage': '5Gi' } } } as KubernetesObject,
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'ghost-db', namespace, labels }, stringData: { password: 's3cret' } } as KubernetesObject,
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'ghost-content', namespace, labels },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    } as KubernetesObject,
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'ghost', namespace, labels: { ...labels, ...app } },
      spec: {
        replicas: 1,
        selector: { matchLabels: app },
        template: {
          metadata: { labels: app },
          spec: { containers: [{ name: 'ghost', image, ports: [{ containerPort: 2368 }], env: [{ name: 'url', value: `https://${namespace}.example.com` }] }] },
        },
      },
    } as KubernetesObject,
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'ghost', namespace, labels }, spec: { selector: app, ports: [{ name: 'http', port: 80, targetPort: 2368 }] } } as KubernetesObject,
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'ghost', namespace, labels },
      spec: {
        ingressClassName: 'nginx',
        rules: [{ host: `${namespace}.example.com`, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'ghost', port: { number: 80 } } } }] } }],
      },
    } as KubernetesObject,
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny', namespace, labels },
      spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] }] },
    } as KubernetesObject,
  ];
};
