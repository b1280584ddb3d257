// Stands in for @aws-sdk/credential-provider-node inside the function bundles (infra/aws/function-bundling.ts
// says why): Lambda gives every function its role's credentials in the environment, so the default chain's
// other sources (SSO, ini files, processes, web identity, instance metadata, and the STS/SSO clients they
// carry) are never reached there.
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init = {}) => fromEnv(init);
