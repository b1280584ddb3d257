import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../../../functions/openapi/build-openapi-document';

export const SCHEMA_FILE = new URL('../src/schema.d.ts', import.meta.url);

/**
 * The client's types, generated from the very OpenAPI document the API serves (made from the route table).
 * The version is left out so a release does not count as drift.
 */
export const generateSchemaSource = async (): Promise<string> => {
  const document = buildOpenApiDocument('generated');
  const ast = await openapiTS(document as never, { alphabetize: true });
  return [
    '/**',
    ' * Generated from the route table by `npm run generate:client` (openapi-typescript). Do not edit:',
    ' * a test regenerates it and fails when it drifts from the API.',
    ' */',
    '',
    astToString(ast),
  ].join('\n');
};
