import fc from 'fast-check';

/** A JSON fragment written into a body as is: numbers JSON.stringify cannot write (1e999), deep nesting, `__proto__` keys. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may hold RawJson fragments; iterative enough for the nesting the fuzzer builds. */
export const toJsonText = (value: unknown): string => {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .map((key) => `${JSON.stringify(key)}:${toJsonText((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/** Percent-encodes the UTF-8 bytes of a string (a lone surrogate becomes U+FFFD's bytes, as any client sends it). */
export const percentEncode = (text: string): string =>
  [...Buffer.from(text, 'utf8')].map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** Strings that have broken parsers, loggers and databases before: lone surrogates, NUL, RTL overrides, injections. */
export const ODD_STRINGS = [
  '\uD800', '\uDFFF', 'a\uD800b', '\uDC00\uD800', '\u0000', 'a\u0000b', '\u202Eevil\u202C', '\u200F\u200E', '\uFEFF', '\u200B',
  'e\u0301', 'Z\u0364\u0354\u0367\u0311\u0313a\u0308\u0356\u032D\u0308\u0307l\u036E\u0312\u036Bg\u030C\u0317\u035A\u031Ao\u0319\u0314\u036E\u0307\u0350\u0307',
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}', '\u{1D573}\u{1D58A}\u{1D591}\u{1D591}\u{1D594}', 'İstanbul', 'ß', 'ﬁ', '\u0085', '\r\n', '\t', '\\', '"',
  "'; DROP TABLE users; --", '<script>alert(1)</script>', '${jndi:ldap://127.0.0.1/a}', '{{7*7}}', '../../../etc/passwd', '%00', '%s%s%s%n',
  'null', 'undefined', 'NaN', 'Infinity', '-0', '0x1F', '١٢٣', '１２３', 'true', '[]', '{}', '__proto__', 'constructor', ' ', '',
];

/** Numbers at the edges, written as JSON text: beyond double range, beyond safe integers, denormals. */
const EDGE_NUMBER_TEXTS = ['1e999', '-1e999', '1e-400', '123456789012345678901234567890', '-0', '9007199254740993', '1E400', '0.1', '-1', '0', '4294967296', '2147483648'];

const nested = (depth: number, kind: 'array' | 'object') =>
  new RawJson(kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

export interface Labelled<T> {
  label: string;
  value: T;
}

/**
 * Strings of any code points. Each is built once: fast-check spends a quarter of a second building a `binary`
 * string arbitrary, which rebuilt per operation was most of the suite's CPU.
 */
export const binaryText = fc.string({ unit: 'binary', maxLength: 40 });
export const binaryKey = fc.string({ unit: 'binary', maxLength: 30 });
export const binarySegment = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });

const labelled = <T>(arbitrary: fc.Arbitrary<T>, label: (value: T) => string): fc.Arbitrary<Labelled<T>> => arbitrary.map((value) => ({ label: label(value), value }));
const short = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…(${text.length})` : text);

/** A value of the wrong kind for wherever it is put: wrong types, huge strings and numbers, deep nesting, odd Unicode. */
export const weirdValue: fc.Arbitrary<Labelled<unknown>> = fc.oneof(
  labelled(fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, '', ' ', [], {}), (value) => `wrong type ${JSON.stringify(value)}`),
  labelled(fc.constantFrom(...EDGE_NUMBER_TEXTS), (text) => `number ${text}`).map(({ label, value }) => ({ label, value: new RawJson(value) })),
  labelled(fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, -(2 ** 53), 2 ** 64), (value) => `number ${value}`),
  labelled(fc.constantFrom(300, 5_000, 70_000, 600_000), (length) => `string of ${length} chars`).map(({ label, value }) => ({ label, value: 'x'.repeat(value) })),
  labelled(fc.constantFrom(...ODD_STRINGS), (text) => `odd string ${short(text)}`),
  labelled(binaryText, (text) => `random string ${short(text)}`),
  labelled(fc.tuple(fc.constantFrom(40, 1_000, 20_000), fc.constantFrom('array' as const, 'object' as const)), ([depth, kind]) => `${kind}s nested ${depth} deep`).map(({ label, value }) => ({
    label,
    value: nested(...value),
  })),
  labelled(fc.jsonValue({ maxDepth: 3 }), (value) => `json ${short(JSON.stringify(value) ?? '')}`),
);

/** Keys a caller has no business sending: fields it does not own, prototype names, operators. */
export const extraKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('role', 'status', 'userId', 'admin', 'isAdmin', 'price', 'nodeName', 'id', 'createdAt', '__proto__', 'constructor', 'prototype', '$where', '$gt', 'toString', ''),
  binaryKey,
);

/** JSON text broken in the ways clients break it. */
export const BROKEN_JSON = [
  '{', '}', '[', '{"a":', '{"a":1,}', '[1,]', '{a:1}', "{'a':1}", '{"a":01}', '{"a":NaN}', '{"a":Infinity}', '{"a":undefined}', 'NaN', 'undefined',
  '{"a":"\\x41"}', '{"a":"\u0001"}', '{"a":"\\u12"}', '//', '/* c */ {}', '{"a":1}{"b":2}', '{"a":1} trailing', '\uFEFF{}', ")]}'\n{}", '-', '1e', '.5', '+1',
  '{"a":1,"a":2', '"unterminated', '\u0000', ' ', '\n\t ',
];
