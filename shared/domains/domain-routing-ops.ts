import { idLabel, namespaceName } from '../provisioning/tenant/kubernetes-names';
import { labelKeys } from '../provisioning/tenant/labels';
import type { Instance } from '../subscriptions/subscription';
import type { Domain } from './domain';
import type { DomainDeps } from './domain-deps';
import { certificateKind, domainHash, domainLabel, domainObjectNames, domainObjects, ingressKind, secretKind } from './domain-routing';

/** Applies the domain's Certificate and Ingress (server-side apply: again is the same). */
export const applyRouting = (deps: Pick<DomainDeps, 'cluster' | 'routing'>, instance: Instance, hostname: string) =>
  deps.cluster.apply(domainObjects(instance, hostname, deps.routing));

/**
 * Deletes the domain's Ingress, Certificate and certificate Secret, and nothing else: by name when the
 * instance is known, else by the domain's own label in the customer's namespace. Gone already is fine.
 */
export const removeRouting = async (deps: Pick<DomainDeps, 'cluster'>, domain: Domain, instance: Instance | undefined) => {
  if (instance) {
    const names = domainObjectNames(instance, domain.hostname);
    await deps.cluster.delete(ingressKind, names.ingress, instance.namespace);
    await deps.cluster.delete(certificateKind, names.certificate, instance.namespace);
    await deps.cluster.delete(secretKind, names.secret, instance.namespace);
    return;
  }
  const namespace = namespaceName(domain.userId);
  const selector = `${domainLabel}=${domainHash(domain.hostname)},${labelKeys.instance}=${idLabel(domain.instanceId, 'instanceId')}`;
  for (const kind of [ingressKind, certificateKind, secretKind]) {
    for (const object of await deps.cluster.list(kind, { namespace, labelSelector: selector })) {
      await deps.cluster.delete(kind, object.metadata.name, namespace);
    }
  }
};
