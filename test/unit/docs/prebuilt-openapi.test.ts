import { describe, expect, it } from 'vitest';
import { prebuiltOpenApi } from '../../../functions/openapi/prebuilt-openapi';
import { prebuiltOpenApiDefines } from '../../../functions/openapi/prebuilt-openapi-defines';
import { buildOpenApiDocument } from '../../../functions/openapi/build-openapi-document';

describe('the OpenAPI document built at bundle time', () => {
  it('is the document the route table builds, for the version given, gzipped and nothing else', async () => {
    const { __PREBUILT_OPENAPI__: value } = prebuiltOpenApiDefines('1.2.3');
    const carried = JSON.parse(JSON.parse(value!) as string) as Record<string, string>;
    expect(Object.keys(carried).sort()).toEqual(['gzipBase64', 'version']);
    expect(carried.version).toBe('1.2.3');
    const { gunzipSync } = await import('node:zlib');
    expect(JSON.parse(gunzipSync(Buffer.from(carried.gzipBase64!, 'base64')).toString('utf8'))).toEqual(buildOpenApiDocument('1.2.3'));
    // What the route's chunk carries stays far under issue 21's 300 KiB: the JSON alone is ~650 KiB.
    expect(value!.length).toBeLessThan(100 * 1024);
  });

  it('is used only for the version it was built for, and not at all unbundled', () => {
    const carried = { version: '1.2.3', gzipBase64: '' };
    expect(prebuiltOpenApi('1.2.3', carried)).toBe(carried);
    expect(prebuiltOpenApi('1.2.4', carried)).toBeUndefined();
    // Under vitest nothing defined __PREBUILT_OPENAPI__: the handler builds the document itself.
    expect(prebuiltOpenApi('1.2.3')).toBeUndefined();
  });
});
