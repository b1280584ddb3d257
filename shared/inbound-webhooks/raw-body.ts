import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * The body exactly as the sender signed it. API Gateway passes text bodies as they came and anything else
 * base64-encoded (the local runtime does the same), so decoding base64 gives back the very bytes; a text body
 * is re-encoded as the UTF-8 it was received as.
 */
export const rawBodyOf = (event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): Buffer => {
  if (event.body === undefined || event.body === null) return Buffer.alloc(0);
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
};
