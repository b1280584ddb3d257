import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { LimitRange, Namespace, PersistentVolumeClaim, ResourceQuota, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';

/** The kubernetes-models class for an object's apiVersion and kind: its validate() checks the OpenAPI schema. */
const models: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/ResourceQuota': ResourceQuota,
  'v1/LimitRange': LimitRange,
  'v1/Secret': Secret,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'networking.k8s.io/v1/Ingress': Ingress,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding,
};

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
}

/** Throws, naming the object and the schema errors, when the object is not valid for its kind. */
export const validateObject = (object: KubeObject): void => {
  const Model = models[`${object.apiVersion}/${object.kind}`];
  if (!Model) throw new Error(`no model for ${object.apiVersion}/${object.kind}`);
  try {
    new Model(object as never).validate();
  } catch (error) {
    throw new Error(`${object.kind}/${object.metadata?.name}: ${(error as Error).message}`, { cause: error });
  }
};

/** Evaluates an equality-based label selector (`a=b,c=d`), the only form instanceSelector produces. */
export const matchesSelector = (selector: string, labels: Record<string, string> = {}): boolean =>
  selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    return key !== undefined && value !== undefined && labels[key] === value;
  });

/** Whether an IPv4 address lies in a CIDR block. */
export const inCidr = (address: string, cidr: string): boolean => {
  const toNumber = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(toNumber(address) / size) === Math.floor(toNumber(base!) / size);
};
