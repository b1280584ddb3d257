import { App, Stack } from 'aws-cdk-lib';
import { AdminUserPool } from '../aws/constructs/admin-user-pool';
import { CustomerTokenKey } from '../aws/constructs/customer-token-key';
import type { TemplateResources } from './admin-pool-from-template';

/**
 * The identity resources exactly as the platform stack makes them (the same constructs), synthesized alone
 * in a second instead of the whole stack: what `npm start -- --aws-emulator` creates on the emulator.
 * test/aws-emulator/identity.test.ts uses the whole synthesized stack instead.
 */
export const identityTemplateResources = (): TemplateResources => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Identity');
  new AdminUserPool(stack, 'Admins', { deletionProtection: false });
  new CustomerTokenKey(stack, 'CustomerTokens', { deletionProtection: false });
  return app.synth({ validateOnSynthesis: false }).getStackByName('Identity').template.Resources as TemplateResources;
};
