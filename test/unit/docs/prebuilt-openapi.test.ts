import { describe, expect, it } from 'vitest';
import { prebuiltOpenApi } from '../../../functions/openapi/prebuilt-openapi';
import { prebuiltOpenApiDefines } from '../../../functions/openapi/prebuilt-openapi-defines';
import { buildOpenApiDocument } from '../../../functions/openapi/build-openapi-document';

describe('the OpenAPI document built at bundle time', () => {
  it('is the document the route table builds, for the version given, as JSON and gzipped', async () => {
    const { __PREBUILT_OPENAPI__: value } = prebuiltOpenApiDefines('1.2.3');
    const carried = JSON.parse(JSON.parse(value!) as string) as { version: string; json: string; gzipBase64: string };
    expect(carried.version).toBe('1.2.3');
    expect(JSON.parse(carried.json)).toEqual(buildOpenApiDocument('1.2.3'));
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(Buffer.from(carried.gzipBase64, 'base64')).toString('utf8')).toBe(carried.json);
  });

  it('is used only for the version it was built for, and not at all unbundled', () => {
    const carried = { version: '1.2.3', json: '{}', gzipBase64: '' };
    expect(prebuiltOpenApi('1.2.3', carried)).toBe(carried);
    expect(prebuiltOpenApi('1.2.4', carried)).toBeUndefined();
    // Under vitest nothing defined __PREBUILT_OPENAPI__: the handler builds the document itself.
    expect(prebuiltOpenApi('1.2.3')).toBeUndefined();
  });
});
