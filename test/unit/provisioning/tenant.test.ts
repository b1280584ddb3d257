import { describe, expect, it } from 'vitest';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import { AppError } from '../../../shared/errors/app-error';
import { namespaceName } from '../../../shared/provisioning/tenant/kubernetes-names';
import { tenantLimitRange } from '../../../shared/provisioning/tenant/limit-range';
import { tenantNamespace } from '../../../shared/provisioning/tenant/namespace';
import { quotaFor, suspendedQuota, tenantQuota, tenantQuotaName } from '../../../shared/provisioning/tenant/resource-quota';
import { tenantObjects } from '../../../shared/provisioning/tenant/tenant-objects';
import { validateObject } from './kubernetes-model';

const userId = '01J9ZK4X7Q8R2M3N4P5S6T7V8W';
const starter = { cpuMillicores: 500, memoryMiB: 1024, storageGiB: 5 };
const business = { cpuMillicores: 1000, memoryMiB: 2048, storageGiB: 25 };
const allPlanLimits = catalogSeed.flatMap((s) => s.plans.map((p) => p.limits));

describe('the tenant namespace', () => {
  it('is named after the customer, DNS-1123', () => {
    expect(namespaceName(userId)).toBe('cust-01j9zk4x7q8r2m3n4p5s6t7v8w');
  });

  it('refuses ids that would not make a valid or unique name, rather than rewriting them', () => {
    for (const bad of ['', 'a_b', '-abc', 'x'.repeat(59), 'ünï']) expect(() => namespaceName(bad), bad).toThrow(AppError);
  });

  it('is labelled with the customer and the platform, and enforces the restricted pod security profile', () => {
    const namespace = tenantNamespace({ userId });
    validateObject(namespace);
    expect(namespace.metadata!.labels).toMatchObject({
      'paas.example/managed-by': 'paas-platform',
      'paas.example/customer': '01j9zk4x7q8r2m3n4p5s6t7v8w',
      'pod-security.kubernetes.io/enforce': 'restricted',
    });
  });

  it('comes with its guard rails, all valid, all in the namespace, all labelled, namespace first', () => {
    const objects = tenantObjects({ userId, limits: allPlanLimits });
    expect(objects.map((o) => o.kind)).toEqual(['Namespace', 'RoleBinding', 'ServiceAccount', 'ResourceQuota', 'LimitRange', 'NetworkPolicy']);
    for (const object of objects) {
      validateObject(object);
      expect(object.metadata!.labels).toMatchObject({ 'paas.example/managed-by': 'paas-platform', 'paas.example/customer': '01j9zk4x7q8r2m3n4p5s6t7v8w' });
      if (object.kind !== 'Namespace') expect(object.metadata!.namespace).toBe(namespaceName(userId));
    }
    const serviceAccount = objects[2]!;
    expect(serviceAccount).toMatchObject({ metadata: { name: 'default' }, automountServiceAccountToken: false });
  });
});

describe('the tenant quota', () => {
  it('is the sum of the plan limits of the live instances', () => {
    expect(quotaFor([starter, business, starter])).toEqual({ cpuMillicores: 2000, memoryMiB: 4096, storageGiB: 35 });
    expect(quotaFor([])).toEqual({ cpuMillicores: 0, memoryMiB: 0, storageGiB: 0 });
  });

  it('caps requests and limits at that sum and one backup Job per instance, and allows no load balancers or node ports', () => {
    const quota = tenantQuota({ userId, limits: [starter, business] });
    validateObject(quota);
    // 1500m and 3072 Mi of plans, and two Jobs' room: 2 × 100m / 500m and 2 × 128 / 512 Mi.
    expect(quota.spec!.hard).toEqual({
      'requests.cpu': '1700m',
      'limits.cpu': '2500m',
      'requests.memory': '3328Mi',
      'limits.memory': '4096Mi',
      'requests.storage': '30Gi',
      persistentvolumeclaims: '4',
      'services.loadbalancers': '0',
      'services.nodeports': '0',
    });
  });

  it('is zero while suspended, under the same name so it replaces the live one', () => {
    const quota = suspendedQuota({ userId });
    validateObject(quota);
    expect(quota.metadata!.name).toBe(tenantQuotaName);
    expect(tenantQuota({ userId, limits: [starter] }).metadata!.name).toBe(tenantQuotaName);
    expect(quota.spec!.hard!.pods).toBe('0');
    for (const [resource, amount] of Object.entries(quota.spec!.hard!)) expect(amount, resource).toBe('0');
  });
});

describe('the tenant limit range', () => {
  it('gives defaults and caps containers and volumes at the largest plan', () => {
    const range = tenantLimitRange({ userId, limits: [starter, business] });
    validateObject(range);
    const [container, volume] = range.spec!.limits;
    expect(container).toMatchObject({ type: 'Container', default: { cpu: '250m', memory: '256Mi' }, max: { cpu: '1000m', memory: '2048Mi' } });
    expect(volume).toMatchObject({ type: 'PersistentVolumeClaim', min: { storage: '1Gi' }, max: { storage: '25Gi' } });
  });

  it('never sets a default above the ceiling, and has no ceiling without plans', () => {
    const tiny = tenantLimitRange({ userId, limits: [{ cpuMillicores: 50, memoryMiB: 64, storageGiB: 1 }] });
    validateObject(tiny);
    expect(tiny.spec!.limits[0]).toMatchObject({ default: { cpu: '50m', memory: '64Mi' }, defaultRequest: { cpu: '50m', memory: '64Mi' } });
    const open = tenantLimitRange({ userId });
    validateObject(open);
    expect(open.spec!.limits[0]!.max).toBeUndefined();
  });
});
