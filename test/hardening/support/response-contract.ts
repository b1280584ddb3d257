import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ContractOperation, OpenApiDocument } from './contract-operations';

// ajv-formats is CommonJS: its default export arrives wrapped once more under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

export interface ObservedResponse {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  text: string;
}

/** Stack frames, module paths: what must never leave the platform in a body. */
const INTERNALS = /\bat [^\s]+ \(.+:\d+:\d+\)|node_modules|\.ts:\d+/;

/**
 * Checks answers against the document: the status is one the operation declares, the content type one
 * declared for that status, and the body valid against its schema (Ajv, JSON Schema 2020-12, formats on).
 * Returns what is wrong, or nothing.
 */
export const responseContract = (document: OpenApiDocument) => {
  // OpenAPI's `example` sits beside the JSON Schema keywords; the rest of the document is reached by $ref.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addKeyword('example');
  const validators = new Map<string, ValidateFunction>();
  const validatorOf = (key: string, schema: unknown) => {
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile({ ...(schema as object), components: document.components });
      validators.set(key, validate);
    }
    return validate;
  };

  return (operation: ContractOperation, response: ObservedResponse): string | undefined => {
    if (response.status >= 500) return `a ${response.status}: ${response.text.slice(0, 300)}`;
    const declared = operation.responses[String(response.status)];
    if (!declared) return `status ${response.status} is not declared (declared: ${Object.keys(operation.responses).join(', ')}): ${response.text.slice(0, 300)}`;
    if ((response.status === 429 || response.status === 503) && !response.retryAfter) return `a ${response.status} without Retry-After`;
    if (INTERNALS.test(response.text)) return `the body shows internals: ${response.text.slice(0, 300)}`;
    if (!declared.content) return response.text === '' ? undefined : `status ${response.status} declares no body, got ${response.text.slice(0, 200)}`;
    const mediaType = response.contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
    const media = declared.content[mediaType];
    if (!media) return `content type ${response.contentType} is not declared for ${response.status} (declared: ${Object.keys(declared.content).join(', ')})`;
    if (!media.schema) return undefined;
    // A text answer (an instance's logs) is checked against its schema as the string it is.
    if (mediaType.startsWith('text/')) {
      const validateText = validatorOf(`${operation.operationId} ${response.status} ${mediaType}`, media.schema);
      const text: unknown = response.text;
      return validateText(text) ? undefined : `the ${response.status} text does not match its schema: ${response.text.slice(0, 200)}`;
    }
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      return `the ${response.status} body is not JSON: ${response.text.slice(0, 200)}`;
    }
    const validate = validatorOf(`${operation.operationId} ${response.status} ${mediaType}`, media.schema);
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
    return `the ${response.status} body does not match its schema: ${errors.join('; ')}; body ${response.text.slice(0, 300)}`;
  };
};
