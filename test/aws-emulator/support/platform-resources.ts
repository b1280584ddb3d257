import type { TemplateResources } from '../../../infra/aws-emulator/admin-pool-from-template';
import { synthPlatformStack } from '../../support/synth-platform-stack';

/** Every resource of the synthesized platform (synthPlatformStack's whole-platform template), by logical id. */
export const platformResources = (): TemplateResources => synthPlatformStack().template.toJSON().Resources as TemplateResources;
