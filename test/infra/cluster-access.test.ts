import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ClusterRole, ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { queues } from '../../functions/queues';
import { routes } from '../../functions/routes';
import { schedules } from '../../functions/schedules';
import { workflows } from '../../functions/workflows';
import { instanceKinds } from '../../shared/provisioning/steps/instance-kinds';
import { platformSettingsSchema } from '../../infra/aws/platform-settings';
import { tenantRoleBinding } from '../../shared/provisioning/tenant/role-binding';
import { allows, clusterWideRules, platformRbacDocuments, platformRbacRules } from '../support/platform-rbac';
import { handlersOf, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';


/** The bundles (packages left external) of the handlers that hold the cluster adapter, from the import graph rather than a list kept by hand. */
let clusterBundlesBuilt: ReturnType<typeof buildClusterBundles> | undefined;
const clusterBundles = () => (clusterBundlesBuilt ??= buildClusterBundles());
const buildClusterBundles = async () => {
  const handlers = new Set([
    ...routes.map((route) => route.handler),
    ...schedules.map((schedule) => schedule.handler),
    ...queues.map((queue) => queue.handler),
    ...workflows.flatMap((workflow) => Object.values(workflow.tasks).map((task) => task.handler)),
  ]);
  const result = await build({
    entryPoints: [...handlers].map((handler) => `functions/${handler}.ts`),
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outdir: 'out',
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).filter((output) => output.entryPoint && Object.keys(output.inputs).includes('shared/kubernetes/cluster-from-environment.ts'));
};
const handlersImportingCluster = async (): Promise<string[]> =>
  (await clusterBundles()).map((output) => output.entryPoint!.replace(/^functions\//, '').replace(/\.ts$/, '')).sort();

describe('cluster access (EKS)', () => {
  const withCluster = synthPlatformStack({ context: { eksClusterName: 'paas-prod' } }).template;
  const functions = resourcesOf(withCluster, 'AWS::Lambda::Function');
  const resources = withCluster.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
  const roleIdOf = (fn: { Properties?: Record<string, any> }) => fn.Properties!.Role['Fn::GetAtt'][0] as string;

  it('is given to exactly the functions that call Kubernetes: an access entry, the cluster name and eks:DescribeCluster', async () => {
    // Routes carry the client only when they use it (cluster-deps is apart); workflow tasks share their deps,
    // so their own table says which of them call Kubernetes, and those must at least carry the client.
    const importing = await handlersImportingCluster();
    const tasks = workflows.flatMap((workflow) => Object.values(workflow.tasks));
    const kubernetesTasks = tasks.filter((task) => task.kubernetes).map((task) => task.handler);
    expect(importing).toEqual(expect.arrayContaining(kubernetesTasks));
    const taskHandlers = new Set(tasks.map((task) => task.handler));
    const expected = [...new Set([...importing.filter((handler) => !taskHandlers.has(handler)), ...kubernetesTasks])].sort();
    expect(expected).toEqual(expect.arrayContaining(['provisioning/apply-instance-objects', 'admin-subscriptions/suspend-subscription']));

    const entries = resourcesOf(withCluster, 'AWS::EKS::AccessEntry').map(([, entry]) => entry.Properties!);
    const withName = functions.filter(([, fn]) => fn.Properties!.Environment.Variables.EKS_CLUSTER_NAME === 'paas-prod').flatMap(([, fn]) => handlersOf(fn)).sort();
    expect(withName).toEqual(expected);
    const calling = functions.filter(([, fn]) => handlersOf(fn).some((handler) => expected.includes(handler)));
    // One access entry per function: routes that share a function (http-function-groups.ts) share its entry.
    expect(entries).toHaveLength(calling.length);
    for (const [, fn] of calling) {
      const roleId = roleIdOf(fn);
      expect(entries).toContainEqual({ ClusterName: 'paas-prod', PrincipalArn: { 'Fn::GetAtt': [roleId, 'Arn'] }, Type: 'STANDARD', KubernetesGroups: ['paas-platform:provisioner'] });
      const statements = resourcesOf(withCluster, 'AWS::IAM::Policy')
        .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === roleId))
        .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement);
      const describe = statements.find((s: { Action: unknown }) => s.Action === 'eks:DescribeCluster');
      expect(JSON.stringify(describe.Resource)).toContain(':cluster/paas-prod');
    }
    // No function gets more than it needs: nobody else can describe the cluster.
    const others = functions.filter(([, fn]) => !handlersOf(fn).some((handler) => expected.includes(handler))).map(([, fn]) => roleIdOf(fn));
    const describers = resourcesOf(withCluster, 'AWS::IAM::Policy')
      .filter(([, policy]) => JSON.stringify(policy.Properties!.PolicyDocument).includes('eks:DescribeCluster'))
      .flatMap(([, policy]) => policy.Properties!.Roles.map((role: { Ref: string }) => role.Ref));
    expect(describers.filter((role: string) => others.includes(role))).toEqual([]);
  });

  it('gives those functions the REST adapter alone: no @kubernetes/client-node and no undici in their bundles', async () => {
    const bundles = await clusterBundles();
    expect(bundles.length).toBeGreaterThan(0);
    for (const output of bundles) {
      const packages = output.imports.filter((imported) => imported.external).map((imported) => imported.path);
      expect(packages.filter((name) => /^(@kubernetes\/client-node|undici)(\/|$)/.test(name)), output.entryPoint).toEqual([]);
    }
  });

  it('puts those functions in the cluster’s subnets when its endpoint is private', () => {
    const { template } = synthPlatformStack({ context: { eksClusterName: 'paas-prod', eksSubnetIds: 'subnet-1, subnet-2', eksSecurityGroupIds: 'sg-1' } });
    const inVpc = resourcesOf(template, 'AWS::Lambda::Function').filter(([, fn]) => fn.Properties!.VpcConfig);
    expect(inVpc.length).toBe(resourcesOf(template, 'AWS::EKS::AccessEntry').length);
    for (const [, fn] of inVpc) {
      expect(fn.Properties!.VpcConfig).toEqual({ SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] });
      expect(fn.Properties!.Environment.Variables.EKS_CLUSTER_NAME).toBe('paas-prod');
    }
  });

  it('is absent without a cluster name, and the stack still synthesizes', () => {
    const { template } = synthPlatformStack();
    expect(resourcesOf(template, 'AWS::EKS::AccessEntry')).toEqual([]);
    for (const [, fn] of resourcesOf(template, 'AWS::Lambda::Function')) expect(fn.Properties!.Environment.Variables.EKS_CLUSTER_NAME).toBeUndefined();
    expect(Object.values(resources).some((r) => r.Type === 'AWS::EKS::Cluster')).toBe(false); // imported, never created
  });

  it('refuses a context value that is not a cluster name', () => {
    expect(platformSettingsSchema.safeParse({ eksClusterName: 'bad name!' }).success).toBe(false);
  });
});

describe('the platform RBAC (infra/aws/kubernetes/platform-rbac.yaml)', () => {
  it('binds cluster-wide only the provisioner role, to the group the access entries use; the tenant role is the one the namespaces bind', () => {
    const documents = platformRbacDocuments();
    const [role, binding, tenantRole] = documents;
    for (const clusterRole of [role, tenantRole]) expect(() => new ClusterRole(clusterRole as never).validate()).not.toThrow();
    expect(() => new ClusterRoleBinding(binding as never).validate()).not.toThrow();
    expect(binding!.subjects).toEqual([{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: platformSettingsSchema.parse({}).eksKubernetesGroup }]);
    expect(binding!.roleRef.name).toBe(role!.metadata.name);
    expect(documents.filter((doc) => doc.kind === 'ClusterRoleBinding')).toHaveLength(1);
    const namespaced = tenantRoleBinding({ userId: '01BX5ZZKBKACTAV9WEVGEMMVRZ' });
    expect(namespaced.roleRef.name).toBe(tenantRole!.metadata.name);
    expect(namespaced.subjects).toEqual(binding!.subjects);
    // Cluster-wide: no Secret, and no write of anything but namespaces and the tenant RoleBindings.
    for (const rule of clusterWideRules()) {
      expect(rule.resources).not.toContain('secrets');
      const writes = rule.verbs.filter((verb) => ['create', 'patch', 'update', 'delete'].includes(verb));
      if (writes.length) expect(rule.resources.every((resource) => ['namespaces', 'rolebindings'].includes(resource))).toBe(true);
    }
  });

  it('allows every verb the platform’s cluster port uses on every kind it touches, and grants no wildcard', () => {
    const rules = platformRbacRules();
    const plural = (kind: string) => {
      const k = kind.toLowerCase();
      return k.endsWith('s') ? `${k}es` : k.endsWith('y') ? `${k.slice(0, -1)}ies` : `${k}s`;
    };
    const kinds = [...instanceKinds, { apiVersion: 'v1', kind: 'Namespace' }, { apiVersion: 'v1', kind: 'ResourceQuota' }, { apiVersion: 'v1', kind: 'LimitRange' }, { apiVersion: 'v1', kind: 'ServiceAccount' }];
    for (const { apiVersion, kind } of kinds) {
      const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
      // apply = patch (create when absent); read/list; mergePatch = get + update; delete.
      for (const verb of ['get', 'list', 'create', 'patch', 'update', 'delete']) expect(allows(rules, group, plural(kind), verb), `${verb} ${kind}`).toBe(true);
    }
    expect(JSON.stringify(rules)).not.toContain('*');
  });
});
