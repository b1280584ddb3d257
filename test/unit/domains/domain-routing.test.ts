import { describe, expect, it } from 'vitest';
import { certificateStateOf, domainObjectNames, domainObjects } from '../../../shared/domains/domain-routing';
import { pendingRetryAt, windowClosed } from '../../../shared/domains/domain-timing';
import { renderCrdTemplate } from '../../../infra/real-cluster/cert-manager-crds';
import type { Instance } from '../../../shared/subscriptions/subscription';

const instance = { id: '01JD7Y7Q6VZ8X4N5M2K3H1G0FE', userId: '01JD7Y7Q6VZ8X4N5M2K3H1G0FA', template: 'n8n', namespace: 'cust-01jd7y7q6vz8x4n5m2k3h1g0fa', url: 'https://x.apps.example.com' } as Instance;
const withReady = (ready: Record<string, string>, issuing?: string) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'c' },
  status: { conditions: [{ type: 'Ready', ...ready }, ...(issuing ? [{ type: 'Issuing', status: issuing }] : [])] },
});

describe('a domain’s Kubernetes objects', () => {
  it('are one Certificate and one Ingress of its own, named by its hash and labelled as the instance’s', () => {
    const [certificate, ingress] = domainObjects(instance, 'shop.example.com', { clusterIssuer: 'letsencrypt', ingressClassName: 'nginx' });
    const names = domainObjectNames(instance, 'shop.example.com');
    expect(names.ingress).toMatch(/^n8n-[0-9a-z]{12}-domain-[0-9a-f]{12}$/);
    expect(domainObjectNames(instance, 'other.example.com').ingress).not.toBe(names.ingress);
    expect(certificate!.metadata.labels).toMatchObject({ 'paas.example/instance': instance.id.toLowerCase(), 'paas.example/managed-by': 'paas-platform' });
    expect(ingress!.spec).toMatchObject({ ingressClassName: 'nginx', tls: [{ hosts: ['shop.example.com'], secretName: names.secret }] });
  });

  it.each([
    ['no status yet', { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'c' } }, { state: 'issuing' }],
    ['Ready True', withReady({ status: 'True', reason: 'Ready' }), { state: 'ready' }],
    ['Ready False while issuing', withReady({ status: 'False', reason: 'DoesNotExist' }, 'True'), { state: 'issuing' }],
    ['Ready False with a failure', withReady({ status: 'False', reason: 'Failed', message: 'order refused' }), { state: 'failed', reason: 'Failed: order refused' }],
  ])('reads the certificate as %s', (_what, object, state) => {
    expect(certificateStateOf(object)).toEqual(state);
  });
});

describe('domain check timing', () => {
  const now = new Date('2031-01-01T00:00:00Z');
  it('retries a pending domain after a minute, doubling up to four hours, and closes the window after a day', () => {
    expect(pendingRetryAt(now, 1)).toBe('2031-01-01T00:01:00.000Z');
    expect(pendingRetryAt(now, 3)).toBe('2031-01-01T00:04:00.000Z');
    expect(pendingRetryAt(now, 40)).toBe('2031-01-01T04:00:00.000Z');
    expect(windowClosed(now, '2030-12-31T00:00:01Z')).toBe(false);
    expect(windowClosed(now, '2030-12-31T00:00:00Z')).toBe(true);
  });
});

describe('cert-manager’s chart CRD templates', () => {
  it('render as the chart does by default, and refuse template syntax they do not know', () => {
    const template = ['{{- if or .Values.crds.enabled .Values.installCRDs }}', 'metadata:', '  labels:', '    {{- include "cert-manager.crd-labels" . | nindent 4 }}', 'spec: {}', '{{- end }}'].join('\n');
    expect(renderCrdTemplate(template, 'crd.yaml')).toBe(['metadata:', '  labels:', '    app: "cert-manager"', '    app.kubernetes.io/name: "cert-manager"', '    app.kubernetes.io/instance: "cert-manager"', '    app.kubernetes.io/component: "crds"', 'spec: {}'].join('\n'));
    expect(() => renderCrdTemplate('name: {{ .Values.x }}', 'crd.yaml')).toThrow('template syntax');
  });
});
