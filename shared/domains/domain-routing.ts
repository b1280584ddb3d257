import { createHash } from 'node:crypto';
import type { KindRef, KubeObject } from '../kubernetes/cluster';
import { instanceNames } from '../provisioning/templates/instance-names';
import type { TemplateName } from '../provisioning/templates/template-name';
import { idLabel } from '../provisioning/tenant/kubernetes-names';
import { labelKeys, tenantLabels } from '../provisioning/tenant/labels';
import type { Instance } from '../subscriptions/subscription';
import type { CertificateState } from './domain';

export const ingressKind: KindRef = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' };
export const certificateKind: KindRef = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate' };
export const secretKind: KindRef = { apiVersion: 'v1', kind: 'Secret' };

/** Labels the domain's objects by the hash of its name (a hostname may be longer than a label value). */
export const domainLabel = 'paas.example/domain';

export interface RoutingSettings {
  /** The cert-manager ClusterIssuer that issues custom domains' certificates. */
  clusterIssuer: string;
  ingressClassName: string;
}

/**
 * The names of one domain's objects, `<instance base>-domain-<hash>`: short, valid for every kind, and
 * stable, so applying again meets the same objects and removing one domain touches no other.
 */
export const domainHash = (hostname: string): string => createHash('sha256').update(hostname).digest('hex').slice(0, 12);

export const domainObjectNames = (instance: Pick<Instance, 'id' | 'template'>, hostname: string) => {
  const hash = domainHash(hostname);
  const base = `${instanceNames(instance.template as TemplateName, instance.id).base}-domain-${hash}`;
  return { hash, ingress: base, certificate: base, secret: `${base}-tls` };
};

/**
 * One domain's own objects in the customer's namespace: a Certificate for the name from the stack's
 * ClusterIssuer, and an Ingress for the name to the instance's Service over TLS with that certificate. They
 * carry the instance's label, so deprovisioning the instance removes them with the rest.
 */
export const domainObjects = (instance: Instance, hostname: string, settings: RoutingSettings): KubeObject[] => {
  const names = domainObjectNames(instance, hostname);
  const labels = {
    ...tenantLabels(instance.userId),
    [labelKeys.instance]: idLabel(instance.id, 'instanceId'),
    [labelKeys.component]: 'domain',
    [labelKeys.partOf]: instance.template,
    [domainLabel]: names.hash,
  };
  const metadata = (name: string) => ({ name, namespace: instance.namespace, labels, annotations: { 'paas.example/hostname': hostname } });
  const certificate: KubeObject = {
    apiVersion: certificateKind.apiVersion,
    kind: certificateKind.kind,
    metadata: metadata(names.certificate),
    spec: {
      secretName: names.secret,
      // The Secret carries the instance's labels too, so deprovisioning (which deletes its Secrets) takes it.
      secretTemplate: { labels },
      dnsNames: [hostname],
      issuerRef: { name: settings.clusterIssuer, kind: 'ClusterIssuer', group: 'cert-manager.io' },
      privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
    },
  };
  const ingress: KubeObject = {
    apiVersion: ingressKind.apiVersion,
    kind: ingressKind.kind,
    metadata: { ...metadata(names.ingress), annotations: { 'paas.example/hostname': hostname, 'nginx.ingress.kubernetes.io/force-ssl-redirect': 'true' } },
    spec: {
      ingressClassName: settings.ingressClassName,
      tls: [{ hosts: [hostname], secretName: names.secret }],
      rules: [
        {
          host: hostname,
          http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: instanceNames(instance.template as TemplateName, instance.id).base, port: { name: 'http' } } } }] },
        },
      ],
    },
  };
  return [certificate, ingress];
};

/**
 * The certificate's state from its Certificate's `Ready` condition (cert-manager.io/v1): True is ready;
 * False with a reason that is not an issuance in progress is failed, with cert-manager's message; no
 * condition yet, or an issuance in progress, is issuing.
 */
export const certificateStateOf = (certificate: KubeObject | undefined): { state: CertificateState; reason?: string } => {
  const conditions = ((certificate?.status as { conditions?: unknown } | undefined)?.conditions ?? []) as { type?: string; status?: string; reason?: string; message?: string }[];
  const ready = conditions.find((condition) => condition.type === 'Ready');
  if (ready?.status === 'True') return { state: 'ready' };
  const issuing = conditions.find((condition) => condition.type === 'Issuing');
  if (ready?.status === 'False' && issuing?.status !== 'True' && ready.reason && !['InProgress', 'Pending', 'DoesNotExist', 'MissingData'].includes(ready.reason)) {
    return { state: 'failed', reason: `${ready.reason}${ready.message ? `: ${ready.message.slice(0, 200)}` : ''}` };
  }
  return { state: 'issuing' };
};
