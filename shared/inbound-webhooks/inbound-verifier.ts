import type { Authenticator } from '../auth/authenticators';
import { headerOf, type HttpEvent } from '../http/http-event';
import type { SecretSource } from './inbound-secret';
import type { InboundSource } from './inbound-sources';
import { missingCredentials, sourceNotAllowed } from './inbound-refusals';
import { rawBodyOf } from './raw-body';
import { isAllowedSource, type SourceRange } from './source-ranges';

/** One hook's check of a request: the raw bytes, the headers, the secret, the clock; throws its refusal. */
export type SignatureCheck = (request: { rawBody: Buffer; event: HttpEvent; secret: string; now: Date }) => void;

export interface InboundVerifier {
  source: InboundSource;
  secret: SecretSource;
  sourceRanges: readonly SourceRange[];
  /**
   * The headers that carry the sender's credentials (any one will do): a request with none of them is refused
   * with 401 before the secret is even read, so unsigned traffic costs no Secrets Manager call.
   */
  credentialHeaders: readonly string[];
  check: SignatureCheck;
  now?: () => Date;
}

/**
 * The authentication step of a `signed-inbound` route (shared/http/http-handler.ts runs it after the size
 * limits and before the JSON body is parsed or validated): the source address against the allowed ranges,
 * then the signature and its timestamp on the raw body bytes. A refusal is thrown before anything is read
 * from or written to the table.
 */
export const inboundAuthenticator =
  ({ source, secret, sourceRanges, credentialHeaders, check, now = () => new Date() }: InboundVerifier): Authenticator =>
  async (event) => {
    if (!isAllowedSource(event.requestContext?.http?.sourceIp, sourceRanges)) throw sourceNotAllowed();
    if (!credentialHeaders.some((name) => headerOf(event, name))) throw missingCredentials(`${credentialHeaders.join(' or ')} header`, credentialHeaders.includes('authorization'));
    check({ rawBody: rawBodyOf(event), event: event as HttpEvent, secret: await secret(), now: now() });
    return { kind: 'signed-inbound', source };
  };
