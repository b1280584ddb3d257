import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { ISecret } from 'kubernetes-models/v1/Secret';
import type { InstanceContext } from './instance-context';

/** The instance's generated credentials, as `stringData` so the API server does the base64. */
export const instanceSecret = (ctx: InstanceContext, data: Record<string, string>): ISecret => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: ctx.metadata(ctx.names.credentials, 'app'),
  type: 'Opaque',
  stringData: data,
});

/** An environment variable read from the instance's Secret, so no credential is written into a pod spec. */
export const secretEnv = (ctx: InstanceContext, name: string, key: string): IEnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: ctx.names.credentials, key } },
});
