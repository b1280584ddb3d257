import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { InstanceContext } from './instance-context';

/**
 * The instance's Ingress: its host over TLS only, to the app Service. With a cert-manager ClusterIssuer the
 * certificate is issued for the host into the instance's TLS Secret (cert-manager makes it); without one the
 * Ingress names no Secret, so nothing points at a Secret nobody creates: the ingress controller's default
 * certificate (a wildcard for the apps domain) serves it.
 */
export const instanceIngress = (ctx: InstanceContext, { maxBodySize }: { maxBodySize: string }): IIngress => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: {
    ...ctx.metadata(ctx.names.base, 'app'),
    annotations: {
      'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
      'nginx.ingress.kubernetes.io/force-ssl-redirect': 'true',
      'nginx.ingress.kubernetes.io/proxy-body-size': maxBodySize,
      ...(ctx.clusterIssuer && { 'cert-manager.io/cluster-issuer': ctx.clusterIssuer }),
    },
  },
  spec: {
    ingressClassName: ctx.ingressClassName,
    tls: [{ hosts: [ctx.host], ...(ctx.tlsSecretName && { secretName: ctx.tlsSecretName }) }],
    rules: [
      {
        host: ctx.host,
        http: {
          paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: ctx.names.base, port: { name: 'http' } } } }],
        },
      },
    ],
  },
});
