import fc from 'fast-check';

/**
 * Valid values for a JSON Schema (2020-12, the subset zod 4's toJSONSchema emits into the OpenAPI document),
 * as fast-check arbitraries. Written here because no maintained library fits: zod-fast-check stops at zod 3
 * and fast-check 3, json-schema-fast-check at fast-check 1. A keyword it does not know fails loudly, so a new
 * kind of schema in the contract is noticed rather than fuzzed wrongly.
 */
export type JsonSchema = boolean | { [keyword: string]: unknown };

/** Keywords that only describe, or that the generator satisfies by construction. */
const DESCRIPTIVE = new Set(['description', 'example', 'examples', 'title', 'default', 'deprecated', 'readOnly', 'writeOnly', '$schema', 'id']);
const KNOWN = new Set([
  ...DESCRIPTIVE,
  '$ref', 'type', 'const', 'enum', 'anyOf', 'oneOf', 'properties', 'required', 'additionalProperties', 'propertyNames',
  'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum',
]);

/** Generated sizes stay small: the point is shapes and edges, and mutations bring the huge values. */
const MAX_GENERATED_ITEMS = 4;
const MAX_GENERATED_STRING = 40;

export interface SchemaArbitraryOptions {
  /** The document whose `#/components/schemas/...` the `$ref`s point into. */
  root: { components?: { schemas?: Record<string, JsonSchema> } };
}

/** The schema itself, or the component its `$ref` names. */
export const resolveSchema = (schema: JsonSchema, root: SchemaArbitraryOptions['root']): JsonSchema =>
  typeof schema === 'object' && typeof schema.$ref === 'string' ? resolveSchema(resolveRef(schema.$ref, root), root) : schema;

const resolveRef = (ref: string, root: SchemaArbitraryOptions['root']): JsonSchema => {
  const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : root.components?.schemas?.[decodeURIComponent(name)];
  if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return target;
};

/** Built once per shape: fast-check's string arbitraries are costly to build, cheap to draw from. */
const built = new Map<string, fc.Arbitrary<string>>();
const once = (key: string, build: () => fc.Arbitrary<string>) => {
  let arbitrary = built.get(key);
  if (!arbitrary) built.set(key, (arbitrary = build()));
  return arbitrary;
};

const stringArbitrary = (schema: Record<string, unknown>): fc.Arbitrary<string> => {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = Math.max(minLength, Math.min((schema.maxLength as number | undefined) ?? MAX_GENERATED_STRING, Math.max(minLength, MAX_GENERATED_STRING)));
  const fits = (value: string) => value.length >= minLength && value.length <= ((schema.maxLength as number | undefined) ?? Infinity);
  const examples = typeof schema.example === 'string' && fits(schema.example) ? [fc.constant(schema.example)] : [];
  if (typeof schema.pattern === 'string') {
    const limit = (schema.maxLength as number | undefined) ?? 256;
    const pattern = schema.pattern;
    return fc.oneof(...examples, once(`${pattern} ${limit}`, () => fc.stringMatching(new RegExp(pattern), { maxLength: limit })).filter(fits));
  }
  switch (schema.format) {
    case 'date-time':
      return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress().filter(fits);
    case 'uri':
    case 'url':
      return fc.webUrl().filter(fits);
    case undefined:
      // Examples first: they are what the contract says a real value looks like (an email, an https URL).
      return fc.oneof(...examples, once(`${minLength}..${maxLength}`, () => fc.string({ minLength, maxLength, unit: 'grapheme' })).filter(fits));
    default:
      throw new Error(`no generator for string format ${String(schema.format)}`);
  }
};

const numberArbitrary = (schema: Record<string, unknown>, integer: boolean): fc.Arbitrary<number> => {
  const lower = Math.max(
    (schema.minimum as number | undefined) ?? -Number.MAX_SAFE_INTEGER,
    schema.exclusiveMinimum === undefined ? -Number.MAX_SAFE_INTEGER : (schema.exclusiveMinimum as number) + (integer ? 1 : Number.EPSILON),
  );
  const upper = Math.min(
    (schema.maximum as number | undefined) ?? Number.MAX_SAFE_INTEGER,
    schema.exclusiveMaximum === undefined ? Number.MAX_SAFE_INTEGER : (schema.exclusiveMaximum as number) - (integer ? 1 : Number.EPSILON),
  );
  if (integer) return fc.bigInt({ min: BigInt(Math.ceil(lower)), max: BigInt(Math.floor(upper)) }).map(Number);
  return fc.double({ min: lower, max: upper, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
};

const objectArbitrary = (schema: Record<string, unknown>, options: SchemaArbitraryOptions, depth: number): fc.Arbitrary<Record<string, unknown>> => {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, schemaArbitrary(value, options, depth + 1)]));
  const known = fc.record(model, { requiredKeys: required.filter((key) => key in properties) });
  const additional = schema.additionalProperties;
  if (additional === undefined || additional === false) return known;
  const keys = (schema.propertyNames ? schemaArbitrary(schema.propertyNames as JsonSchema, options, depth + 1) : fc.string({ maxLength: 20 })) as fc.Arbitrary<string>;
  const values = additional === true ? fc.jsonValue({ maxDepth: 2 }) : schemaArbitrary(additional as JsonSchema, options, depth + 1);
  const extras = fc.dictionary(keys.filter((key) => !(key in properties) && key !== '__proto__'), values, { maxKeys: MAX_GENERATED_ITEMS });
  return fc.tuple(known, extras).map(([fixed, extra]) => ({ ...extra, ...fixed }));
};

/** An arbitrary of values valid against `schema`. */
export const schemaArbitrary = (schema: JsonSchema, options: SchemaArbitraryOptions, depth = 0): fc.Arbitrary<unknown> => {
  if (schema === true) return fc.jsonValue({ maxDepth: 2 });
  if (schema === false) throw new Error('no value satisfies the schema `false`');
  if (depth > 32) throw new Error('schema nests deeper than 32 levels (a recursive $ref?)');
  const unknown = Object.keys(schema).filter((keyword) => !KNOWN.has(keyword));
  if (unknown.length) throw new Error(`no generator for the keyword(s) ${unknown.join(', ')}`);
  if (typeof schema.$ref === 'string') return schemaArbitrary(resolveRef(schema.$ref, options.root), options, depth + 1);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => schemaArbitrary(alternative, options, depth + 1)));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type ?? (schema.properties ? 'object' : undefined)];
  if (types.length > 1) return fc.oneof(...types.map((type) => schemaArbitrary({ ...schema, type }, options, depth + 1)));
  switch (types[0]) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = (schema.minItems as number | undefined) ?? 0;
      const maxLength = Math.max(minLength, Math.min((schema.maxItems as number | undefined) ?? MAX_GENERATED_ITEMS, MAX_GENERATED_ITEMS));
      return fc.array(schema.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : schemaArbitrary(schema.items as JsonSchema, options, depth + 1), { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, options, depth);
    case undefined:
      return fc.jsonValue({ maxDepth: 2 });
    default:
      throw new Error(`no generator for type ${String(types[0])}`);
  }
};
