import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { ISecret } from 'kubernetes-models/v1/Secret';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { describe, expect, it } from 'vitest';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import type { Plan } from '../../../shared/catalog/service';
import { AppError } from '../../../shared/errors/app-error';
import { instanceSelector } from '../../../shared/provisioning/tenant/labels';
import { tenantQuota } from '../../../shared/provisioning/tenant/resource-quota';
import { wordpressKeyNames, type CredentialsByTemplate } from '../../../shared/provisioning/templates/instance-credentials';
import { renderInstance } from '../../../shared/provisioning/templates/render-instance';
import type { InstanceObject, RenderInstanceInput } from '../../../shared/provisioning/templates/render-input';
import { isTemplateName, type TemplateName } from '../../../shared/provisioning/templates/template-name';
import { matchesSelector, validateObject } from './kubernetes-model';

const userId = '01J9ZK4X7Q8R2M3N4P5S6T7V8W';
const instanceId = '01JA0B1C2D3E4F5G6H7J8K9M0N';
const otherInstanceId = '01JA0B1C2D3E4F5G6H7J8K9M0P';
const namespace = 'cust-01j9zk4x7q8r2m3n4p5s6t7v8w';

/** Values no generated name or label could contain, so a leak into a pod spec is visible. */
const fixture = (name: string) => `FIXTURE_${name}_SECRET`;
const credentials: CredentialsByTemplate = {
  n8n: { encryptionKey: fixture('n8n') },
  ghost: { databasePassword: fixture('ghost_db'), databaseRootPassword: fixture('ghost_root') },
  wordpress: {
    databasePassword: fixture('wp_db'),
    databaseRootPassword: fixture('wp_root'),
    keys: Object.fromEntries(wordpressKeyNames.map((key) => [key, fixture(key)])) as CredentialsByTemplate['wordpress']['keys'],
  },
};

const inputFor = (template: TemplateName, plan: Plan, version: string, id = instanceId) =>
  ({ template, instanceId: id, userId, plan, appsDomain: 'apps.example.com', version, credentials: credentials[template] }) as RenderInstanceInput;

const cases = catalogSeed.flatMap((service) =>
  service.plans.map((plan) => {
    if (!isTemplateName(service.template)) throw new Error(`unknown template ${service.template}`);
    return { name: `${service.slug} / ${plan.id}`, template: service.template, plan, version: service.version };
  }),
);

const workloads = (objects: InstanceObject[]) => objects.filter((o): o is IDeployment | IStatefulSet => o.kind === 'Deployment' || o.kind === 'StatefulSet');
const podSpecs = (objects: InstanceObject[]): IPodSpec[] => workloads(objects).map((w) => w.spec!.template.spec!);
const allContainers = (pod: IPodSpec): IContainer[] => [...(pod.initContainers ?? []), ...pod.containers];
/** The only forms the templates write: millicores (`150m`) and MiB (`308Mi`). */
const cpuMillicores = (quantity: unknown) => Number(String(quantity).replace(/m$/, ''));
const memoryMiB = (quantity: unknown) => Number(String(quantity).replace(/Mi$/, ''));
const ofKind = <T>(objects: InstanceObject[], kind: string) => objects.filter((o) => o.kind === kind) as T[];

describe.each(cases)('rendering $name', ({ template, plan, version }) => {
  const objects = renderInstance(inputFor(template, plan, version));

  it('gives valid Kubernetes objects (kubernetes-models OpenAPI schema), Secret first', () => {
    for (const object of objects) validateObject(object);
    expect(objects[0]!.kind).toBe('Secret');
    const order = ['Secret', 'PersistentVolumeClaim', 'NetworkPolicy', 'StatefulSet', 'Deployment', 'Service', 'Ingress'];
    const ranks = objects.map((o) => order.indexOf(o.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(objects.at(-1)!.kind).toBe('Ingress');
  });

  it('puts every object in the namespace, labelled with platform, customer and instance, under a unique valid name', () => {
    const keys = new Set<string>();
    for (const object of objects) {
      const { name, namespace: ns, labels } = object.metadata!;
      expect(ns).toBe(namespace);
      expect(name).toMatch(/^[a-z]([a-z0-9-]{0,50}[a-z0-9])$/);
      expect(name!.startsWith(`${template}-`)).toBe(true);
      expect(labels).toMatchObject({
        'paas.example/managed-by': 'paas-platform',
        'paas.example/customer': userId.toLowerCase(),
        'paas.example/instance': instanceId.toLowerCase(),
        'app.kubernetes.io/name': expect.any(String),
        'app.kubernetes.io/instance': expect.stringMatching(new RegExp(`^${template}-`)),
      });
      const key = `${object.kind}/${name}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
    for (const workload of workloads(objects)) {
      const podLabels = workload.spec!.template.metadata!.labels!;
      expect(podLabels).toMatchObject(workload.spec!.selector.matchLabels!);
      expect(matchesSelector(instanceSelector(instanceId), podLabels)).toBe(true);
    }
  });

  it('runs every container non-root, without token, privilege escalation or capabilities, under RuntimeDefault seccomp', () => {
    const pods = podSpecs(objects);
    expect(pods.length).toBeGreaterThan(0);
    for (const pod of pods) {
      expect(pod.automountServiceAccountToken).toBe(false);
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(pod.securityContext!.runAsUser).toBeGreaterThan(0);
      expect(pod.hostNetwork ?? false).toBe(false);
      for (const sysctl of pod.securityContext!.sysctls ?? []) expect(sysctl.name).toBe('net.ipv4.ip_unprivileged_port_start');
      for (const container of allContainers(pod)) {
        expect(container.securityContext, container.name).toEqual({
          allowPrivilegeEscalation: false,
          privileged: false,
          runAsNonRoot: true,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' },
        });
      }
    }
  });

  it('spends exactly the plan: container CPU and memory, and volume sizes, add up to it', () => {
    const sum = { cpu: 0, memory: 0 };
    for (const pod of podSpecs(objects)) {
      // An init container runs before the others, so it counts only if it asks for more than they do.
      for (const container of pod.containers) {
        const { requests, limits } = container.resources!;
        expect(requests, container.name).toEqual(limits);
        sum.cpu += cpuMillicores(limits!.cpu);
        sum.memory += memoryMiB(limits!.memory);
      }
      for (const init of pod.initContainers ?? []) {
        expect(cpuMillicores(init.resources!.limits!.cpu)).toBeLessThanOrEqual(plan.limits.cpuMillicores);
        expect(memoryMiB(init.resources!.limits!.memory)).toBeLessThanOrEqual(plan.limits.memoryMiB);
      }
    }
    expect(sum).toEqual({ cpu: plan.limits.cpuMillicores, memory: plan.limits.memoryMiB });
    const storage = ofKind<IPersistentVolumeClaim>(objects, 'PersistentVolumeClaim').reduce(
      (total, pvc) => total + Number(String(pvc.spec!.resources!.requests!.storage).replace(/Gi$/, '')),
      0,
    );
    expect(storage).toBe(plan.limits.storageGiB);
    const quota = tenantQuota({ userId, limits: [plan.limits] }).spec!.hard!;
    expect(ofKind(objects, 'PersistentVolumeClaim').length).toBeLessThanOrEqual(Number(quota.persistentvolumeclaims));
  });

  it('pins every image to a version, the app to the catalog version', () => {
    const images = podSpecs(objects).flatMap((pod) => allContainers(pod).map((c) => c.image!));
    for (const image of images) expect(image).toMatch(/^[a-z0-9/.-]+:\d+\.\d+\.\d+(-apache)?$/);
    const expected = { n8n: `n8nio/n8n:${version}`, ghost: `ghost:${version}`, wordpress: `wordpress:${version}-apache` }[template];
    expect(images).toContain(expected);
  });

  it('probes readiness and liveness of every long-running container', () => {
    for (const pod of podSpecs(objects)) {
      for (const container of pod.containers) {
        expect(container.readinessProbe, container.name).toBeDefined();
        expect(container.livenessProbe, container.name).toBeDefined();
        expect(container.startupProbe, container.name).toBeDefined();
      }
    }
  });

  it('serves the instance over TLS at <instance id>.<apps domain>, naming a TLS Secret only when cert-manager makes it', () => {
    const [ingress] = ofKind<IIngress>(objects, 'Ingress');
    const host = `${instanceId.toLowerCase()}.apps.example.com`;
    // No issuer: the ingress controller's default (wildcard) certificate; no Secret that nothing creates.
    expect(ingress!.spec!.tls).toEqual([{ hosts: [host] }]);
    const issued = ofKind<IIngress>(renderInstance({ ...inputFor(template, plan, version), clusterIssuer: 'letsencrypt', storageClassName: 'gp3', ingressClassName: 'alb' }), 'Ingress')[0]!;
    expect(issued.spec!.tls).toEqual([{ hosts: [host], secretName: expect.stringMatching(/-tls$/) }]);
    expect(issued.metadata!.annotations).toMatchObject({ 'cert-manager.io/cluster-issuer': 'letsencrypt' });
    expect(issued.spec!.ingressClassName).toBe('alb');
    expect(ingress!.spec!.rules).toHaveLength(1);
    expect(ingress!.spec!.rules![0]!.host).toBe(host);
    expect(ingress!.spec!.ingressClassName).toBe('nginx');
    const backend = ingress!.spec!.rules![0]!.http!.paths[0]!.backend.service!;
    const service = objects.find((o) => o.kind === 'Service' && o.metadata!.name === backend.name);
    expect(service, 'the Ingress routes to a Service of the instance').toBeDefined();
  });

  it('gives every volume the StorageClass of the stack setting, or none (the cluster default) without it', () => {
    const claims = (rendered: InstanceObject[]) => rendered.filter((o) => o.kind === 'PersistentVolumeClaim').map((o) => (o.spec as { storageClassName?: string }).storageClassName);
    expect(claims(objects).length).toBeGreaterThan(0);
    expect(claims(objects).every((name) => name === undefined)).toBe(true);
    expect(claims(renderInstance({ ...inputFor(template, plan, version), storageClassName: 'gp3' }))).toEqual(claims(objects).map(() => 'gp3'));
  });

  it('reads every credential from the instance Secret, and writes none into a pod spec', () => {
    const secret = ofKind<ISecret>(objects, 'Secret')[0]!;
    const values = Object.values(secret.stringData!);
    expect(values.length).toBeGreaterThan(0);
    const pods = JSON.stringify(workloads(objects));
    for (const value of values) expect(pods).not.toContain(value);
    const refs = podSpecs(objects).flatMap((pod) => allContainers(pod).flatMap((c) => c.env ?? [])).flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef] : []));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.name).toBe(secret.metadata!.name);
      expect(Object.keys(secret.stringData!)).toContain(ref.key);
    }
  });

  it('is deterministic: the same input renders the same objects', () => {
    expect(renderInstance(inputFor(template, plan, version))).toEqual(objects);
    expect(JSON.stringify(renderInstance(inputFor(template, plan, version)))).toBe(JSON.stringify(objects));
  });

  it('shares no nested object between objects, so changing one cannot change another', () => {
    const seen = new Set<object>();
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      expect(seen.has(node), 'an object reached twice').toBe(false);
      seen.add(node);
      Object.values(node).forEach(walk);
    };
    walk(renderInstance(inputFor(template, plan, version)));
  });

  it('is found whole by its instance selector, and no object of another instance is', () => {
    const other = renderInstance(inputFor(template, plan, version, otherInstanceId));
    const selector = instanceSelector(instanceId);
    for (const object of objects) expect(matchesSelector(selector, object.metadata!.labels), object.metadata!.name).toBe(true);
    for (const object of other) expect(matchesSelector(selector, object.metadata!.labels), object.metadata!.name).toBe(false);
    const names = new Set(objects.map((o) => `${o.kind}/${o.metadata!.name}`));
    for (const object of other) expect(names.has(`${object.kind}/${object.metadata!.name}`), 'names collide within the namespace').toBe(false);
  });
});

describe('the databases', () => {
  const render = (template: TemplateName) => {
    const service = catalogSeed.find((s) => s.template === template)!;
    return renderInstance(inputFor(template, service.plans[0]!, service.version));
  };
  const statefulSet = (objects: InstanceObject[]) => ofKind<IStatefulSet>(objects, 'StatefulSet');

  it('gives Ghost MySQL 8 and WordPress MariaDB, each a single-replica StatefulSet on its own volume', () => {
    for (const [template, image] of [['ghost', /^mysql:8\./], ['wordpress', /^mariadb:11\./]] as const) {
      const objects = render(template);
      const [database] = statefulSet(objects);
      expect(statefulSet(objects)).toHaveLength(1);
      expect(database!.spec!.replicas).toBe(1);
      const pod = database!.spec!.template.spec!;
      expect(pod.containers[0]!.image).toMatch(image);
      const claim = pod.volumes![0]!.persistentVolumeClaim!.claimName;
      const pvc = objects.find((o) => o.kind === 'PersistentVolumeClaim' && o.metadata!.name === claim)!;
      expect(pvc.metadata!.labels!['app.kubernetes.io/component']).toBe('database');
    }
  });

  it('gives n8n no database (SQLite on its volume)', () => {
    expect(statefulSet(render('n8n'))).toHaveLength(0);
  });

  it("opens the database port to the instance's own app pods and its own backup Jobs' pods only", () => {
    const objects = render('wordpress');
    const [policy] = ofKind<INetworkPolicy>(objects, 'NetworkPolicy');
    const own = { 'paas.example/instance': instanceId.toLowerCase() };
    expect(policy!.spec).toEqual({
      podSelector: { matchLabels: own },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { ...own, 'app.kubernetes.io/component': 'app' } } }, { podSelector: { matchLabels: { ...own, 'app.kubernetes.io/component': 'backup' } } }],
          ports: [{ protocol: 'TCP', port: 3306 }],
        },
      ],
      egress: [{ to: [{ podSelector: { matchLabels: { ...own, 'app.kubernetes.io/component': 'database' } } }], ports: [{ protocol: 'TCP', port: 3306 }] }],
    });
  });
});

describe('rendering options and refusals', () => {
  const service = catalogSeed.find((s) => s.template === 'ghost')!;
  const base = inputFor('ghost', service.plans[0]!, service.version);

  it('takes a custom host, ingress class, storage class and cert-manager issuer', () => {
    const objects = renderInstance({ ...base, host: 'blog.customer.example', ingressClassName: 'alb', storageClassName: 'gp3', clusterIssuer: 'letsencrypt' });
    for (const object of objects) validateObject(object);
    const ingress = ofKind<IIngress>(objects, 'Ingress')[0]!;
    expect(ingress.spec!.rules![0]!.host).toBe('blog.customer.example');
    expect(ingress.spec!.ingressClassName).toBe('alb');
    expect(ingress.metadata!.annotations!['cert-manager.io/cluster-issuer']).toBe('letsencrypt');
    for (const pvc of ofKind<IPersistentVolumeClaim>(objects, 'PersistentVolumeClaim')) expect(pvc.spec!.storageClassName).toBe('gp3');
  });

  it('refuses a plan too small to share between an app and its database', () => {
    const tiny = { ...service.plans[0]!, limits: { cpuMillicores: 250, memoryMiB: 512, storageGiB: 1 } };
    expect(() => renderInstance({ ...base, plan: tiny })).toThrow(AppError);
  });

  it('refuses a version that is not an image tag, and a host that is not a DNS name', () => {
    expect(() => renderInstance({ ...base, version: '5.96.0; rm -rf /' })).toThrow(AppError);
    expect(() => renderInstance({ ...base, host: 'Not A Host' })).toThrow(AppError);
  });

  it('validation is real: a broken object is refused by the schema', () => {
    const deployment = ofKind<IDeployment>(renderInstance(base), 'Deployment')[0]!;
    const broken = { ...deployment, spec: { ...deployment.spec!, replicas: 'one' as never } };
    expect(() => validateObject(broken)).toThrow(/replicas/);
  });
});
