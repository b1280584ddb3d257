import type { HttpHandlerOptions, HttpRequest, HttpResponse, RequestHandler } from '@smithy/types';

/** An SDK client's request handler, as the SDK calls it. */
export type SdkHttpHandler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;
import type { buildApp } from 'fauxqs';

/**
 * The request handler of the local runtime's own SQS client (its event rules, pollers and drain), for fauxqs
 * in this same process: fastify's inject hands each request to fauxqs's router directly, with no socket in
 * between, so an event rule's SendMessage (one per event on the bus, awaited, as the outbox forwarder awaits
 * its PutEvents) costs a function call instead of two trips through a busy event loop. Long polls go over
 * HTTP through `http` (an SDK client's own handler), so stopping the runtime can abort a waiting ReceiveMessage.
 */
export const inProcessSqsHandler = (app: ReturnType<typeof buildApp>, http: SdkHttpHandler): SdkHttpHandler => {
  return {
    async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
      const target = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'x-amz-target')?.[1];
      if (!target || target.endsWith('.ReceiveMessage')) return http.handle(request, options);
      const query = new URLSearchParams(
        Object.entries(request.query ?? {}).flatMap(([name, value]) => [value ?? ''].flat().map((one): [string, string] => [name, one ?? ''])),
      ).toString();
      const answer = await app.inject({
        method: request.method as 'POST',
        url: `${request.path}${query ? `?${query}` : ''}`,
        // inject counts the body itself.
        headers: Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== 'content-length')),
        // The SDK's JSON body is a Uint8Array of its own kind, which inject would serialize as an object.
        payload: request.body instanceof Uint8Array ? Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength) : (request.body as string | undefined),
      });
      const headers = Object.fromEntries(Object.entries(answer.headers).map(([name, value]) => [name, String(value)]));
      return { response: { statusCode: answer.statusCode, reason: answer.statusMessage, headers, body: answer.rawPayload } };
    },
  };
};
