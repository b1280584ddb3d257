import { buildOpenApiDocument } from '../../../functions/openapi/build-openapi-document';
import { routes } from '../../../functions/routes';
import { type AuthKind, isDocumented, type RouteDefinition } from '../../../shared/http/route';

type Schema = Record<string, unknown>;
type Document = { paths: Record<string, Record<string, { parameters?: Schema[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>; components?: { schemas?: Record<string, Schema> } };

export const COLLECTION_DIR = new URL('../', import.meta.url);

const tokenVariable: Record<AuthKind, string | undefined> = {
  public: undefined,
  customer: 'customerToken',
  admin: 'adminToken',
  agent: 'agentToken',
  'signed-inbound': undefined,
};

/** An example value for a JSON schema: its own example, else one built from its parts. */
const exampleOf = (schema: Schema | undefined, document: Document, depth = 0): unknown => {
  if (!schema || depth > 8) return undefined;
  if (typeof schema.$ref === 'string') return exampleOf(document.components?.schemas?.[schema.$ref.split('/').at(-1)!], document, depth + 1);
  if ('example' in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key] as Schema[] | undefined;
    const usable = options?.find((option) => option.type !== 'null');
    if (usable) return exampleOf(usable, document, depth + 1);
  }
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const entries = Object.entries(properties)
        .filter(([name, property]) => required.has(name) || 'example' in property)
        .map(([name, property]) => [name, exampleOf(property, document, depth + 1)]);
      return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
    }
    case 'array':
      return [exampleOf(schema.items as Schema, document, depth + 1)].filter((value) => value !== undefined);
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'date-time' ? '2026-01-01T00:00:00.000Z' : 'string';
    default:
      return undefined;
  }
};

const requestText = (route: RouteDefinition, document: Document) => {
  const operation = document.paths[route.path]![route.method.toLowerCase()]!;
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters?.find((p) => p.name === name && p.in === 'path') as { schema?: Schema } | undefined;
    return String(exampleOf(parameter?.schema, document) ?? `{{${name}}}`);
  });
  const token = tokenVariable[route.auth];
  const body = operation.requestBody ? exampleOf(operation.requestBody.content['application/json']?.schema, document) : undefined;
  return [
    `### ${route.summary}`,
    `# @name ${route.operationId}`,
    `${route.method} {{baseUrl}}${path}`,
    ...(token ? [`Authorization: Bearer {{${token}}}`] : []),
    ...(body === undefined ? [] : ['Content-Type: application/json', '', JSON.stringify(body, null, 2)]),
    '',
  ].join('\n');
};

const fileNameOf = (tag: string) => `${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.http`;

/**
 * The request collection: one `.http` file per feature (the route's first tag), every route of the table
 * with example bodies from the schemas and variables for the base URL and the tokens. VS Code's REST Client
 * and JetBrains' HTTP client both read it.
 */
export const buildRequestCollection = (): Map<string, string> => {
  const document = buildOpenApiDocument('collection') as unknown as Document;
  const files = new Map<string, string>();
  for (const route of routes.filter(isDocumented)) {
    const file = fileNameOf(route.tags[0] ?? 'other');
    const header = [
      `# ${route.tags[0] ?? 'Other'}: generated from the route table by \`npm run generate:requests\`; do not edit.`,
      '# Set the tokens: npm run admin-token (adminToken), POST /v1/auth/login (customerToken), POST /v1/admin/agent-tokens (agentToken).',
      '@baseUrl = http://localhost:3000',
      '@customerToken = paste-a-customer-access-token',
      '@adminToken = paste-an-admin-token',
      '@agentToken = paste-an-agent-token',
      '',
    ].join('\n');
    files.set(file, `${files.get(file) ?? header}\n${requestText(route, document)}`);
  }
  return files;
};
