import type { KubeObject } from '../../kubernetes/cluster';
import type { Instance } from '../../subscriptions/subscription';
import { TerminalStepError, type InstanceSettings } from '../steps/provisioning-deps';
import type { PlanLimits } from '../tenant/resource-quota';
import { generateCredentials } from './generate-credentials';
import { instanceNames } from './instance-names';
import { renderInstance } from './render-instance';
import { isTemplateName } from './template-name';

/** What a day-two operation changes: the rest is what the instance runs now. */
export interface RerenderChanges {
  limits?: PlanLimits;
  version?: string;
  image?: string;
}

/**
 * A running instance's objects rendered again for an upgrade or a plan change, without its credentials
 * Secret: it exists since provisioning, and a render makes new random credentials that would change a
 * database password under a running app. Whatever `changes` leaves out is the instance's own (resources,
 * version, image), so an upgrade keeps the plan and a plan change keeps the version.
 */
export const rerenderInstance = (
  settings: { appsDomain: string; instanceSettings?: InstanceSettings },
  instance: Instance,
  changes: RerenderChanges = {},
): KubeObject[] => {
  if (!isTemplateName(instance.template)) throw new TerminalStepError('UnknownTemplate', `No template "${instance.template}"`);
  const names = instanceNames(instance.template, instance.id);
  const objects = renderInstance({
    template: instance.template,
    instanceId: instance.id,
    userId: instance.userId,
    namespace: instance.namespace,
    plan: { limits: changes.limits ?? instance.resources },
    appsDomain: settings.appsDomain,
    ...settings.instanceSettings,
    version: changes.version ?? instance.appVersion,
    image: changes.image ?? instance.image,
    credentials: generateCredentials(instance.template),
  } as Parameters<typeof renderInstance>[0]) as unknown as KubeObject[];
  return objects.filter((object) => !(object.kind === 'Secret' && object.metadata.name === names.credentials));
};
