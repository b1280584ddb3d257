import type { JsonSchema } from './schema-arbitrary';

/** The parts of an OpenAPI 3.1 document the fuzzer reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, unknown> };
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface ResponseObject {
  description: string;
  content?: Record<string, { schema?: JsonSchema }>;
}

interface OperationObject {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, ResponseObject>;
}

/** Who the operation's right caller is, from its `security` requirement (the first scheme when there are several). */
export type Identity = 'public' | 'customerToken' | 'adminToken' | 'agentToken' | 'stripeSignature' | 'hmacSignature' | 'alertsToken';

export interface ContractOperation {
  operationId: string;
  method: string;
  /** The path template, `/v1/webhooks/{id}`. */
  path: string;
  identity: Identity;
  pathParams: { name: string; schema: JsonSchema }[];
  queryParams: { name: string; schema: JsonSchema; required: boolean }[];
  /** The JSON request body's schema, when the operation takes one. */
  body?: JsonSchema;
  responses: Record<string, ResponseObject>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Every operation of the document, in its order. */
export const operationsOf = (document: OpenApiDocument): ContractOperation[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => {
        const parameters = operation.parameters ?? [];
        const unsupported = parameters.filter((p) => p.in !== 'path' && p.in !== 'query');
        if (unsupported.length) throw new Error(`${operation.operationId}: no fuzzing for ${unsupported.map((p) => `${p.in} parameter ${p.name}`).join(', ')}`);
        const content = operation.requestBody?.content;
        if (content && !content['application/json']) throw new Error(`${operation.operationId}: no fuzzing for request bodies of ${Object.keys(content).join(', ')}`);
        const scheme = Object.keys(operation.security?.[0] ?? {})[0];
        return {
          operationId: operation.operationId,
          method: method.toUpperCase(),
          path,
          identity: (scheme ?? 'public') as Identity,
          pathParams: parameters.filter((p) => p.in === 'path').map(({ name, schema }) => ({ name, schema })),
          queryParams: parameters.filter((p) => p.in === 'query').map(({ name, schema, required }) => ({ name, schema, required: required ?? false })),
          body: content?.['application/json']?.schema,
          responses: operation.responses,
        };
      }),
  );
