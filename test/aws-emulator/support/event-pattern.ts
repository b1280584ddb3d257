/**
 * The oracle of which rule takes an event: EventBridge's exact-value matching (a pattern field lists the
 * values it accepts; an event field matches when it, or one element of it if it is an array, is among them;
 * nested objects match field by field; every field of the pattern must match). Written from EventBridge's
 * documentation (User Guide, "Event patterns"), not from moto, so moto's routing is checked against
 * something else. Content filters (`prefix`, `anything-but`, `numeric`, `exists`, `wildcard`, `$or`, …) are
 * refused: a template that starts using one needs this oracle extended, not silently misread.
 */
export const eventPatternMatches = (pattern: unknown, event: unknown, path = '$'): boolean => {
  if (!pattern || typeof pattern !== 'object' || Array.isArray(pattern)) throw new Error(`${path}: an event pattern is a JSON object, got ${JSON.stringify(pattern)}.`);
  return Object.entries(pattern).every(([key, expected]) => {
    if (key.startsWith('$')) throw new Error(`${path}.${key}: this oracle does not read ${key}.`);
    const actual = event && typeof event === 'object' && !Array.isArray(event) ? (event as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(expected)) {
      for (const value of expected) {
        if (value !== null && typeof value === 'object') throw new Error(`${path}.${key}: content filter ${JSON.stringify(value)} is not read by this oracle.`);
      }
      if (actual === undefined) return false;
      const candidates = Array.isArray(actual) ? actual : [actual];
      return candidates.some((candidate) => expected.some((value) => value === candidate));
    }
    if (expected && typeof expected === 'object') return eventPatternMatches(expected, actual, `${path}.${key}`);
    throw new Error(`${path}.${key}: a pattern field is an array of values or an object, got ${JSON.stringify(expected)}.`);
  });
};
