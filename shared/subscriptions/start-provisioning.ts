import { rolloutPollsFor } from '../provisioning/templates/rollout-deadline';
import { isTemplateName } from '../provisioning/templates/template-name';
import type { Instance } from './subscription';
import type { WorkflowStarter } from './workflow-starter';

/**
 * Starts an instance's provisioning workflow: named after the instance, with one input computed from the
 * instance alone (the template's rollout deadline), so whoever starts it (the create route right after its
 * write, or the table's stream from the committed record) starts the same execution, and a second start is
 * a no-op rather than ExecutionAlreadyExists.
 */
export const startProvisioning = (workflows: WorkflowStarter, instance: Pick<Instance, 'id' | 'template'>) =>
  workflows.start('provision-instance', instance.id, {
    instanceId: instance.id,
    ...(isTemplateName(instance.template) && { maxPolls: rolloutPollsFor(instance.template) }),
  });
