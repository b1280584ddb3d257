import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** The platform's ClusterRole (infra/aws/kubernetes/platform-rbac.yaml), read the way the cluster reads it. */
export interface RbacRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

export const platformRbacDocuments = (): Array<Record<string, any>> =>
  parseAllDocuments(readFileSync(new URL('../../infra/aws/kubernetes/platform-rbac.yaml', import.meta.url), 'utf8')).map((doc) => doc.toJS());

const roleRules = (name: string): RbacRule[] => platformRbacDocuments().find((doc) => doc.kind === 'ClusterRole' && doc.metadata.name === name)!.rules;

/** What the platform holds cluster-wide (its ClusterRoleBinding). */
export const clusterWideRules = (): RbacRule[] => roleRules('paas-platform-provisioner');

/** What the platform holds in one of its customer namespaces: the cluster-wide rules and the tenant role bound there. */
export const platformRbacRules = (): RbacRule[] => [...clusterWideRules(), ...roleRules('paas-platform-tenant')];

export const allows = (rules: RbacRule[], apiGroup: string, resource: string, verb: string): boolean =>
  rules.some((rule) => rule.apiGroups.includes(apiGroup) && rule.resources.includes(resource) && rule.verbs.includes(verb));

/**
 * What RBAC sees in a request: `{ apiGroup, resource, verb }`, or undefined for discovery, which every
 * authenticated user may read (system:discovery).
 */
export const rbacRequestOf = (method: string, path: string): { apiGroup: string; resource: string; verb: string } | undefined => {
  const match = path.match(/^\/(?:api\/v1|apis\/([^/]+)\/[^/]+)(?:\/namespaces\/([^/]+))?(?:\/([^/]+)(?:\/([^/]+))?)?$/);
  if (!match) return undefined;
  const [, group = '', namespace, resource, name] = match;
  // `/api/v1/namespaces/x` is the namespace itself; `/api/v1/namespaces` the collection.
  const [kind, objectName] = resource ? [resource, name] : namespace ? ['namespaces', namespace] : [undefined, undefined];
  if (!kind) return path.startsWith('/api/v1/namespaces') ? { apiGroup: '', resource: 'namespaces', verb: method === 'GET' ? 'list' : 'create' } : undefined;
  const verb = { GET: objectName ? 'get' : 'list', POST: 'create', PATCH: 'patch', PUT: 'update', DELETE: objectName ? 'delete' : 'deletecollection' }[method] ?? method.toLowerCase();
  return { apiGroup: group, resource: kind, verb };
};
