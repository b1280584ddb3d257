import type { TemplateResources } from '../../../infra/aws-emulator/admin-pool-from-template';
import { synthPlatformStack } from '../../support/synth-platform-stack';

/**
 * Every resource of the synthesized platform, the root template's and each nested stack's, by logical id:
 * what the stack defines wherever the split into stacks puts it.
 */
export const platformResources = (): TemplateResources => {
  const { template, nested } = synthPlatformStack();
  return Object.assign({}, ...[template, ...Object.values(nested)].map((t) => t.toJSON().Resources as TemplateResources)) as TemplateResources;
};
