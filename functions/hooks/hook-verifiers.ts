import type { Authenticator } from '../../shared/auth/authenticators';
import { loadConfig, once } from '../../shared/config/load-config';
import { headerOf } from '../../shared/http/http-event';
import { verifyHmacSignature } from '../../shared/inbound-webhooks/hmac-signature';
import { inboundEnvironmentSchema, inboundVariables } from '../../shared/inbound-webhooks/inbound-environment';
import { fixedSecret, type SecretSource } from '../../shared/inbound-webhooks/inbound-secret';
import { signatureHeaders, type InboundSource } from '../../shared/inbound-webhooks/inbound-sources';
import { inboundAuthenticator, type SignatureCheck } from '../../shared/inbound-webhooks/inbound-verifier';
import { secretsManagerSecret } from '../../shared/inbound-webhooks/secrets-manager-secret';
import { parseSourceRanges } from '../../shared/inbound-webhooks/source-ranges';

const environment = once(() => loadConfig(inboundEnvironmentSchema));

/** The secret of a source: the value itself when the environment has it (local runtime), else its Secrets Manager secret (AWS). */
const secretOf = (source: InboundSource): SecretSource => {
  const env = environment();
  const names = inboundVariables[source];
  const value = env[names.secret];
  if (value) return fixedSecret(value);
  const arn = env[names.secretArn];
  if (arn) return secretsManagerSecret(arn, env.INBOUND_SECRET_CACHE_SECONDS);
  throw new Error(`The ${source} hook has no secret: set ${names.secret} or ${names.secretArn}.`);
};

/**
 * A hook's authenticator, its configuration read on the first request (so importing the handler reads no
 * environment, as everywhere else). Each hook module brings its own check, so only the payments bundle
 * carries Stripe's library.
 */
export const hookAuthenticator = (source: InboundSource, credentialHeaders: readonly string[], check: (tolerance: number) => SignatureCheck): Authenticator => {
  // The secret is looked up only for a request that presents credentials at all.
  const secret = once(() => secretOf(source));
  const verifier = once(() => {
    const env = environment();
    return inboundAuthenticator({
      source,
      secret: () => secret()(),
      sourceRanges: parseSourceRanges(env[inboundVariables[source].sourceRanges]),
      credentialHeaders,
      check: check(env.INBOUND_SIGNATURE_TOLERANCE_SECONDS),
    });
  });
  return (event) => verifier()(event);
};

/** The HMAC scheme of the Kubernetes hook (and of the alerts hook when a relay signs). */
export const hmacCheck =
  (toleranceSeconds: number): SignatureCheck =>
  ({ rawBody, event, secret, now }) =>
    verifyHmacSignature({ rawBody, signature: headerOf(event, signatureHeaders.hmac), timestamp: headerOf(event, signatureHeaders.hmacTimestamp), secret, toleranceSeconds, now });
