import fc from 'fast-check';
import type { ContractOperation, OpenApiDocument } from './contract-operations';
import { binaryKey, binarySegment, BROKEN_JSON, extraKey, type Labelled, ODD_STRINGS, percentEncode, toJsonText, weirdValue } from './fuzz-values';
import { resolveSchema, schemaArbitrary } from './schema-arbitrary';

/** One request of the fuzzer, before its caller's credentials are added. */
export interface FuzzCase {
  /** What the case is: `valid`, or which mutation, for the report. */
  label: string;
  /** The request path, percent-encoded. */
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  headers: Record<string, string>;
  /** `right`: the operation's own identity; otherwise none, a garbage token, or another kind of caller's. */
  auth: 'right' | 'none' | 'garbage' | 'other';
  /** Text, or bytes (bytes go without a content type unless the case sets one). */
  body?: string | Uint8Array;
}

/** Objects that really exist, so part of the cases get past "not found" into the handlers. */
export interface RealValues {
  /** Real values of a path parameter of an operation (e.g. the ids of the caller's webhooks). */
  pathValues(operation: ContractOperation, param: string): readonly string[];
  /** Cursors the operation's list really issued. */
  cursors(operation: ContractOperation): readonly string[];
  /** Ids of every kind, to send where another kind is expected. */
  anyIds: readonly string[];
  /** Real values of top-level body fields by name (a refresh token, a plan id, a node name). */
  bodyValues: Readonly<Record<string, readonly string[]>>;
}

type Json = unknown;
type Path = (string | number)[];

const JSON_TYPE = { 'content-type': 'application/json' };
const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;

const clone = (value: Json): Json => JSON.parse(JSON.stringify(value));
const pathLabel = (path: Path) => path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${key}`), 'body');

/** Every location inside a JSON value, the root included, with what is there. */
const locations = (value: Json, path: Path = []): { path: Path; value: Json }[] => [
  { path, value },
  ...(Array.isArray(value)
    ? value.flatMap((item, i) => locations(item, [...path, i]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => locations(item, [...path, key]))
      : []),
];

const setOwn = (target: Record<string, unknown> | unknown[], key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

const replaceAt = (root: Json, path: Path, value: unknown): Json => {
  if (path.length === 0) return value;
  const copy = clone(root);
  let parent = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key as string] as Record<string, unknown>;
  setOwn(parent, path.at(-1)!, value);
  return copy;
};

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

/** The valid parts of a request: path parameters (real ones when there are), query and body. */
const validParts = (operation: ContractOperation, document: OpenApiDocument, real: RealValues) => {
  const options = { root: document };
  const params = fc.record(
    Object.fromEntries(
      operation.pathParams.map(({ name, schema }) => {
        const generated = schemaArbitrary(schema, options).map(String);
        const existing = real.pathValues(operation, name);
        return [name, existing.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...existing) }, { weight: 1, arbitrary: generated }) : generated];
      }),
    ),
  ) as fc.Arbitrary<Record<string, string>>;
  const cursors = real.cursors(operation);
  const query = fc.record(
    Object.fromEntries(
      operation.queryParams.map(({ name, schema, required }) => {
        let value = schemaArbitrary(schema, options).map(String);
        if (name === 'cursor' && cursors.length) value = fc.oneof(fc.constantFrom(...cursors), value);
        return [name, required ? value : fc.option(value, { nil: undefined })];
      }),
    ),
  ) as fc.Arbitrary<Record<string, string | undefined>>;
  const body = operation.body ? withRealFields(schemaArbitrary(operation.body, options), resolveSchema(operation.body, document), real) : fc.constant(undefined);
  return { params, query, body };
};

/** A generated body with, half the time, real values in the fields that have them, so more bodies get past "not found". */
const withRealFields = (generated: fc.Arbitrary<Json>, schema: unknown, real: RealValues): fc.Arbitrary<Json> => {
  const properties = Object.keys((schema as { properties?: object }).properties ?? {}).filter((name) => real.bodyValues[name]?.length);
  if (!properties.length) return generated;
  const fields = fc.record(Object.fromEntries(properties.map((name) => [name, fc.constantFrom(...real.bodyValues[name]!)])));
  return fc.tuple(generated, fields, fc.boolean()).map(([body, values, use]) => (use && body !== null && typeof body === 'object' ? { ...body, ...values } : body));
};

const pathOf = (operation: ContractOperation, segments: Record<string, string>) =>
  operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const segment = segments[name]!;
    return DOT_SEGMENT.test(segment) ? `x${segment}` : segment;
  });

const queryOf = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');

const encodeAll = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, percentEncode(value)]));

/** Ways to break a JSON body that is otherwise valid. */
const bodyMutation = (valid: fc.Arbitrary<Json>): fc.Arbitrary<Labelled<{ body: string | Uint8Array; headers: Record<string, string> }>> => {
  const asJson = (label: string, value: unknown) => ({ label, value: { body: toJsonText(value), headers: JSON_TYPE } });
  return fc.oneof(
    // Wrong types, huge values, deep nesting and odd strings, anywhere in the body.
    fc.tuple(valid, fc.nat(), weirdValue).map(([body, at, weird]) => {
      const where = pick(locations(body), at).path;
      return asJson(`body: ${weird.label} at ${pathLabel(where)}`, replaceAt(body, where, weird.value));
    }),
    // A field missing.
    fc.tuple(valid, fc.nat()).map(([body, at]) => {
      const fields = locations(body).filter(({ path }) => typeof path.at(-1) === 'string');
      if (!fields.length) return asJson('body: nothing to remove', body);
      const where = pick(fields, at).path;
      const copy = clone(body) as Record<string, unknown>;
      let parent = copy;
      for (const key of where.slice(0, -1)) parent = parent[key as string] as Record<string, unknown>;
      delete parent[where.at(-1) as string];
      return asJson(`body: ${pathLabel(where)} missing`, copy);
    }),
    // A field nobody declared, or that the caller does not own.
    fc.tuple(valid, fc.nat(), extraKey, fc.oneof(weirdValue, fc.constant({ label: 'true', value: true }))).map(([body, at, key, extra]) => {
      const objects = locations(body).filter(({ value }) => value !== null && typeof value === 'object' && !Array.isArray(value));
      if (!objects.length) return asJson(`body: ${extra.label} instead of an object`, extra.value);
      const where = pick(objects, at).path;
      const copy = clone(body);
      let target = copy as Record<string, unknown>;
      for (const key of where) target = target[key as string] as Record<string, unknown>;
      setOwn(target, key, extra.value);
      return asJson(`body: extra field ${JSON.stringify(key)} (${extra.label}) at ${pathLabel(where)}`, copy);
    }),
    // Broken JSON: cut short, garbage around it, or broken from the start.
    fc.tuple(valid, fc.nat()).map(([body, at]) => {
      const text = toJsonText(body);
      return { label: 'body: cut short', value: { body: text.slice(0, at % Math.max(text.length, 1)), headers: JSON_TYPE } };
    }),
    fc.constantFrom(...BROKEN_JSON).map((text) => ({ label: `body: broken JSON ${JSON.stringify(text)}`, value: { body: text, headers: JSON_TYPE } })),
    // Bytes that are not UTF-8, or UTF-16.
    fc.tuple(valid, fc.constantFrom([0xff, 0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80], [0xe9])).map(([body, bytes]) => {
      const text = Buffer.from(toJsonText(body));
      const at = Math.max(1, text.indexOf('"') + 1);
      return { label: `body: invalid UTF-8 bytes ${bytes.map((b) => b.toString(16)).join(' ')}`, value: { body: Buffer.concat([text.subarray(0, at), Buffer.from(bytes), text.subarray(at)]), headers: JSON_TYPE } };
    }),
    valid.map((body) => ({
      label: 'body: UTF-16 with a BOM',
      value: { body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toJsonText(body), 'utf16le')]), headers: { 'content-type': 'application/json; charset=utf-16' } },
    })),
    // Wrong or missing content types on a valid body.
    fc.tuple(
      valid,
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/jsonx', 'json', 'application/', '*/*', 'APPLICATION/JSON', 'application/vnd.api+json', 'application/json; charset=latin1', 'application/json;;;'),
    ).map(([body, type]) => ({ label: `body: content-type ${type}`, value: { body: toJsonText(body), headers: { 'content-type': type } } })),
    valid.map((body) => ({ label: 'body: no content-type', value: { body: Buffer.from(toJsonText(body)), headers: {} } })),
  );
};

const queryMutation = (operation: ContractOperation, real: RealValues): fc.Arbitrary<Labelled<string>> => {
  const names = operation.queryParams.map((p) => p.name);
  const declared = names.length ? fc.constantFrom(...names) : fc.constant('limit');
  const badValues = fc.oneof(
    fc.constantFrom('abc', '-1', '0', '1.5', '1e9', '1e400', '', '0x10', '١', '１', 'null', 'true', '[]', '{}', '99999999999999999999', ' 5', 'x'.repeat(3000)),
    fc.constantFrom(...ODD_STRINGS),
    binaryKey,
  );
  const cursors = real.cursors(operation);
  const raw = (label: string, query: string) => ({ label: `query: ${label}`, value: query });
  return fc.oneof(
    fc.tuple(declared, badValues).map(([name, value]) => raw(`${name}=${JSON.stringify(value.slice(0, 24))}`, `${percentEncode(name)}=${percentEncode(value)}`)),
    fc.tuple(extraKey, fc.string({ maxLength: 10 })).map(([name, value]) => raw(`unknown parameter ${JSON.stringify(name)}`, `${percentEncode(name)}=${percentEncode(value)}`)),
    fc.tuple(declared, fc.nat(100), fc.nat(100)).map(([name, a, b]) => raw(`${name} twice`, `${name}=${a}&${name}=${b}`)),
    fc.tuple(declared, fc.constantFrom('%FF', '%E0%A4%A', '%', '%%', '%G0', '%00', '%ED%A0%80', '+', '%2B', '%C0%AF')).map(([name, text]) => raw(`${name} with ${text}`, `${name}=${text}`)),
    fc.constantFrom('limit', '&&', '=', '=x', 'limit[]=1', 'limit[$gt]=1', 'cursor[]=a', '%FF=1', '&limit=5&', '?').map((text) => raw(JSON.stringify(text), text)),
    fc.constant(raw('5000 chars', `cursor=${'a'.repeat(5000)}`)),
    // A cursor this very list issued, changed: an attribute gone, another added, a value emptied or made long.
    fc.tuple(cursors.length ? fc.constantFrom(...cursors) : fc.constant(Buffer.from('{"pk":"X","sk":"Y"}').toString('base64url')), fc.nat(), fc.constantFrom('drop', 'add', 'empty', 'long', 'number')).map(
      ([cursor, at, change]) => {
        let key: Record<string, unknown>;
        try {
          key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        } catch {
          key = {};
        }
        const attributes = Object.keys(key);
        const attribute = attributes.length ? pick(attributes, at) : 'pk';
        if (change === 'drop') delete key[attribute];
        if (change === 'add') key.zz = 'extra';
        if (change === 'empty') key[attribute] = '';
        if (change === 'long') key[attribute] = 'k'.repeat(1024);
        if (change === 'number') key[attribute] = 7;
        return raw(`cursor with ${attribute} ${change}`, `cursor=${Buffer.from(JSON.stringify(key)).toString('base64url')}`);
      },
    ),
  );
};

const pathMutation = (operation: ContractOperation, real: RealValues): fc.Arbitrary<Labelled<{ name: string; segment: string }>> => {
  const name = fc.constantFrom(...operation.pathParams.map((p) => p.name));
  const encoded = (label: string, text: string) => ({ label, segment: percentEncode(text) });
  const segment = fc.oneof(
    binarySegment.map((text) => encoded(`random ${JSON.stringify(text.slice(0, 20))}`, text)),
    fc.constantFrom(...ODD_STRINGS.filter(Boolean)).map((text) => encoded(`odd ${JSON.stringify(text.slice(0, 20))}`, text)),
    fc.constantFrom('%ED%A0%80', '%FF', '%', '%zz', '%00', '%2F', '%252F', '%20', '+', '%2F..%2F', '%5C').map((raw) => ({ label: `raw ${raw}`, segment: raw })),
    fc.constantFrom(27, 300, 5_000).map((length) => ({ label: `${length} chars`, segment: 'A'.repeat(length) })),
    fc.ulid().map((id) => ({ label: 'lower-case ULID', segment: id.toLowerCase() })),
    fc.ulid().map((id) => ({ label: 'ULID with a U', segment: `U${id.slice(1)}` })),
    ...(real.anyIds.length ? [fc.constantFrom(...real.anyIds).map((id) => ({ label: 'an id of another kind', segment: percentEncode(id) }))] : []),
  );
  return fc.tuple(name, segment).map(([param, { label, segment: value }]) => ({ label: `path: ${param} ${label}`, value: { name: param, segment: value } }));
};

/** Every kind of request the fuzzer sends to one operation, valid ones and mutated ones, weighted. */
export const fuzzCases = (operation: ContractOperation, document: OpenApiDocument, real: RealValues): fc.Arbitrary<FuzzCase> => {
  const parts = validParts(operation, document, real);
  const base = fc.record({ params: parts.params, query: parts.query, body: parts.body });
  const build = (
    { params, query, body }: { params: Record<string, string>; query: Record<string, string | undefined>; body: Json },
    overrides: Partial<FuzzCase> & { label: string },
  ): FuzzCase => ({
    path: pathOf(operation, encodeAll(params)),
    query: queryOf(query),
    headers: body === undefined ? {} : { ...JSON_TYPE },
    auth: 'right',
    ...(body === undefined ? {} : { body: toJsonText(body) }),
    ...overrides,
  });

  const kinds: fc.WeightedArbitrary<FuzzCase>[] = [
    { weight: 35, arbitrary: base.map((valid) => build(valid, { label: 'valid' })) },
    { weight: 5, arbitrary: fc.tuple(base, fc.constantFrom('none' as const, 'garbage' as const, 'other' as const)).map(([valid, auth]) => build(valid, { label: `auth: ${auth}`, auth })) },
    {
      weight: 10,
      arbitrary: fc.tuple(base, queryMutation(operation, real)).map(([valid, { label, value }]) => build(valid, { label, query: value })),
    },
    {
      weight: 5,
      arbitrary: fc.tuple(base, fc.string({ unit: 'binary-ascii', minLength: 0, maxLength: 300 })).map(([valid, key]) =>
        build(valid, { label: `header: idempotency-key ${JSON.stringify(key.slice(0, 20))}`, headers: { ...(valid.body === undefined ? {} : JSON_TYPE), 'idempotency-key': headerSafe(key) } }),
      ),
    },
  ];
  if (operation.pathParams.length) {
    kinds.push({
      weight: 15,
      arbitrary: fc.tuple(base, pathMutation(operation, real)).map(([valid, { label, value }]) => {
        const segments = { ...encodeAll(valid.params), [value.name]: value.segment };
        return { ...build(valid, { label }), path: pathOf(operation, segments) };
      }),
    });
  }
  if (operation.body) {
    kinds.push({
      weight: 35,
      arbitrary: fc.tuple(base, bodyMutation(parts.body)).map(([valid, { label, value }]) => build(valid, { label, body: value.body, headers: value.headers })),
    });
  } else if (operation.method !== 'GET') {
    // An operation without a body is sent one anyway.
    kinds.push({
      weight: 10,
      arbitrary: fc.tuple(base, fc.oneof(weirdValue, fc.constant({ label: 'empty object', value: {} }))).map(([valid, { label, value }]) =>
        build(valid, { label: `unexpected body: ${label}`, body: toJsonText(value), headers: JSON_TYPE }),
      ),
    });
  }
  return fc.oneof(...kinds);
};

/** What fetch accepts as a header value: no control characters, trimmed (it trims anyway). */
const headerSafe = (text: string) => text.replace(/[^\x20-\x7e\x80-\xff]/g, '').trim() || 'k';

