const localFunctionArnPrefix = 'arn:aws:lambda:local:000000000000:function:';

/**
 * The ARN that stands for a handler module in a locally synthesized definition. `/` becomes `--`, which a
 * module path never contains (see platform-function.ts), so the module can be read back from the ARN.
 */
export const localFunctionArn = (handler: string): string => `${localFunctionArnPrefix}${handler.replaceAll('/', '--')}`;

/** The handler module a local function ARN stands for; undefined for any other ARN. */
export const handlerOfLocalFunctionArn = (arn: string): string | undefined =>
  arn.startsWith(localFunctionArnPrefix) ? arn.slice(localFunctionArnPrefix.length).replaceAll('--', '/') : undefined;
