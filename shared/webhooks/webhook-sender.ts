import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { type AddressPolicy, ForbiddenAddressError, guardedLookup, judgeAddress } from './address-policy';
import { type AttemptErrorKind, RESPONSE_EXCERPT_BYTES } from './delivery-attempt';

/** What one POST to a receiver came to. A status code means the receiver answered; `error` says why not (or `redirect`). */
export interface SendResult {
  statusCode?: number;
  error?: AttemptErrorKind;
  durationMs: number;
  /** The start of the response body (at most RESPONSE_EXCERPT_BYTES bytes are kept). */
  responseBody?: string;
  /** The receiver's Retry-After header, as sent. */
  retryAfter?: string;
}

export type WebhookSender = (url: string, body: string, headers: Record<string, string>) => Promise<SendResult>;

/** Bytes of a response read before the connection is dropped: the excerpt is all that is kept. */
const MAX_RESPONSE_BYTES = 64 * 1024;

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH|ERR_OSSL)/;

/** A connection failure as the attempt log names it. */
export const errorKindOf = (error: unknown): AttemptErrorKind => {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  if (error instanceof ForbiddenAddressError || code === 'EWEBHOOKADDRESS') return 'forbidden-address';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') return 'reset';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA' || code === 'ESERVFAIL') return 'dns';
  if (code === 'ETIMEDOUT' || code === 'EWEBHOOKTIMEOUT') return 'timeout';
  if (TLS_CODE.test(code)) return 'tls';
  return 'network';
};

/**
 * Plain http is only the local runtime's allowance for a receiver on this machine: its lookup lets loopback
 * addresses through and nothing else, whatever the registration check once said.
 */
const loopbackOnlyLookup = (policy: AddressPolicy): LookupFunction => {
  const guarded = guardedLookup(policy);
  return (hostname, options, callback) =>
    guarded(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, options.all ? [] : '');
      const list = addresses as unknown as { address: string; family: number }[];
      const outside = list.find((entry) => ipaddr.process(entry.address.replace(/%.*$/, '')).range() !== 'loopback');
      if (outside) return callback(new ForbiddenAddressError(hostname, outside.address, 'not loopback (plain http)'), options.all ? [] : '');
      if (options.all) return callback(null, list as never);
      return callback(null, list[0]!.address, list[0]!.family);
    });
};

/**
 * POSTs deliveries with the SSRF guard at connect time (DESIGN section 7): every connection is made through a
 * dedicated agent whose lookup refuses forbidden addresses (so a kept-alive socket was checked when it was
 * opened), and an IP-literal host, which Node connects to without a lookup, is judged here first. Redirects
 * are never followed (node:http does not follow them; a 3xx is reported as `redirect`). One deadline covers
 * the whole exchange: reached before the response's status, the attempt is a timeout.
 */
export const createWebhookSender = (policy: AddressPolicy, options: { timeoutMs: number }): WebhookSender => {
  const agents = {
    'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64, lookup: guardedLookup(policy) }),
    'http:': new HttpAgent({ keepAlive: true, maxSockets: 64, lookup: loopbackOnlyLookup(policy) }),
  };

  return (url, body, headers) => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return Promise.resolve({ error: 'network', durationMs: 0 });
    }
    const protocol = target.protocol as 'http:' | 'https:';
    if (protocol !== 'https:' && !(protocol === 'http:' && policy.allowLoopback)) return Promise.resolve({ error: 'forbidden-address', durationMs: 0 });
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(host)) {
      const verdict = judgeAddress(host, policy);
      const plainHttpOutsideLoopback = protocol === 'http:' && ipaddr.process(host).range() !== 'loopback';
      if (!verdict.allowed || plainHttpOutsideLoopback) return Promise.resolve({ error: 'forbidden-address', durationMs: 0 });
    }

    return new Promise<SendResult>((resolve) => {
      let settled = false;
      const finish = (result: Omit<SendResult, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, durationMs: elapsed() });
      };
      const send = protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(target, {
        method: 'POST',
        agent: agents[protocol],
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      });
      // Before the answer the deadline is a timeout; once the status is in, it only cuts the body short.
      let onDeadline = () => finish({ error: 'timeout' });
      const timer = setTimeout(() => {
        onDeadline();
        request.destroy(Object.assign(new Error('webhook attempt timed out'), { code: 'EWEBHOOKTIMEOUT' }));
      }, options.timeoutMs);

      request.on('error', (error) => finish({ error: errorKindOf(error) }));
      request.on('response', (response: IncomingMessage) => {
        const statusCode = response.statusCode ?? 0;
        const retryAfter = response.headers['retry-after'];
        const chunks: Buffer[] = [];
        let kept = 0;
        let read = 0;
        const done = () =>
          finish({
            statusCode,
            ...(statusCode >= 300 && statusCode < 400 ? { error: 'redirect' as const } : {}),
            responseBody: Buffer.concat(chunks).toString('utf8'),
            ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
          });
        onDeadline = done;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // A few bytes over the excerpt, so the store can cut at a character boundary.
          if (kept < RESPONSE_EXCERPT_BYTES + 4) {
            const part = chunk.subarray(0, RESPONSE_EXCERPT_BYTES + 4 - kept);
            chunks.push(part);
            kept += part.length;
          }
          if (read > MAX_RESPONSE_BYTES) {
            done();
            response.destroy();
          }
        });
        response.on('end', done);
        // The receiver answered; a body cut short still leaves its status to judge by.
        response.on('error', done);
        response.on('close', done);
      });
      request.end(body);
    });
  };
};
