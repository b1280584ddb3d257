import { deepEqual, isPlainObject, kubeTime, type JsonObject, type KubeObject, type ManagedFieldsEntry } from './kube-object';

/**
 * Field ownership for server-side apply, simplified: a field path is a leaf (a scalar, a list — lists are
 * atomic here, not merged by key — or an empty map), written as a string of its segments. The paths go to
 * and from the `fieldsV1` form (`{"f:spec":{"f:replicas":{}}}`) kept in metadata.managedFields.
 */

const SEPARATOR = '\u0000';
const SYSTEM_METADATA = new Set(['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'managedFields', 'generateName', 'selfLink']);
const SYSTEM_TOP = new Set(['apiVersion', 'kind', 'status']);

export type FieldPath = string;

const isOwnedField = (segments: string[]) =>
  !(segments.length === 1 && SYSTEM_TOP.has(segments[0]!)) && !(segments.length === 2 && segments[0] === 'metadata' && SYSTEM_METADATA.has(segments[1]!));

/** The leaf paths of an object, leaving out what the server owns (identity, status). */
export const fieldPaths = (object: unknown, prefix: string[] = []): Set<FieldPath> => {
  const paths = new Set<FieldPath>();
  const walk = (value: unknown, segments: string[]) => {
    if (segments.length > 0 && !isOwnedField(segments)) return;
    if (isPlainObject(value) && (Object.keys(value).length > 0 || segments.length === 0)) {
      for (const [key, child] of Object.entries(value)) if (child !== undefined) walk(child, [...segments, key]);
    } else if (value !== undefined) paths.add(segments.join(SEPARATOR));
  };
  walk(object, prefix);
  return paths;
};

export const segmentsOf = (path: FieldPath): string[] => path.split(SEPARATOR);

export const valueAt = (object: unknown, path: FieldPath): unknown => {
  let value = object;
  for (const segment of segmentsOf(path)) value = isPlainObject(value) ? value[segment] : undefined;
  return value;
};

export const removeAt = (object: JsonObject, path: FieldPath) => {
  const segments = segmentsOf(path);
  let parent: unknown = object;
  for (const segment of segments.slice(0, -1)) parent = isPlainObject(parent) ? parent[segment] : undefined;
  if (isPlainObject(parent)) delete parent[segments.at(-1)!];
};

/** Whether two paths touch: the same field, or one inside the other. */
export const overlaps = (a: FieldPath, b: FieldPath) => a === b || a.startsWith(b + SEPARATOR) || b.startsWith(a + SEPARATOR);

export const toFieldsV1 = (paths: Iterable<FieldPath>): JsonObject => {
  const root: JsonObject = {};
  for (const path of paths) {
    let node = root;
    for (const segment of segmentsOf(path)) node = (node[`f:${segment}`] ??= {}) as JsonObject;
  }
  return root;
};

export const fromFieldsV1 = (fields: unknown): Set<FieldPath> => {
  const paths = new Set<FieldPath>();
  const walk = (node: unknown, segments: string[]) => {
    const children = isPlainObject(node) ? Object.entries(node).filter(([key]) => key.startsWith('f:')) : [];
    if (children.length === 0 && segments.length > 0) paths.add(segments.join(SEPARATOR));
    for (const [key, child] of children) walk(child, [...segments, key.slice(2)]);
  };
  walk(fields, []);
  return paths;
};

export const entryPaths = (entry: ManagedFieldsEntry): Set<FieldPath> => fromFieldsV1(entry.fieldsV1);

export const makeEntry = (
  manager: string,
  operation: ManagedFieldsEntry['operation'],
  apiVersion: string,
  paths: Set<FieldPath>,
  previous: ManagedFieldsEntry | undefined,
  now: Date,
): ManagedFieldsEntry => {
  const fieldsV1 = toFieldsV1([...paths].sort());
  // The time moves only when the owned set does, so an unchanged re-apply leaves the object as it was.
  const time = previous && deepEqual(previous.fieldsV1, fieldsV1) ? previous.time : kubeTime(now);
  return { manager, operation, apiVersion, time, fieldsType: 'FieldsV1', fieldsV1 };
};

/**
 * Ownership after a non-apply write (create, update, patch) by `manager`: it takes the fields whose value
 * it changed, other managers lose them, and fields that are gone are owned by nobody.
 */
export const recordUpdate = (previous: KubeObject | undefined, next: KubeObject, manager: string, now: Date): ManagedFieldsEntry[] => {
  const nextPaths = fieldPaths(next);
  const changed = [...nextPaths].filter((path) => !previous || !deepEqual(valueAt(previous, path), valueAt(next, path)));
  const entries = previous?.metadata.managedFields ?? [];
  const stillThere = (path: FieldPath) => valueAt(next, path) !== undefined;
  const mine = entries.find((entry) => entry.manager === manager && entry.operation === 'Update' && !entry.subresource);
  const owned = new Set([...(mine ? entryPaths(mine) : []), ...changed].filter(stillThere));
  // Entries keep their places, so a write that changes nothing leaves managedFields as they were.
  const result = entries.flatMap((entry) => {
    if (entry === mine) return owned.size > 0 ? [makeEntry(manager, 'Update', next.apiVersion, owned, mine, now)] : [];
    const kept = new Set([...entryPaths(entry)].filter((path) => stillThere(path) && !changed.some((c) => overlaps(c, path))));
    return kept.size > 0 ? [makeEntry(entry.manager, entry.operation, entry.apiVersion, kept, entry, now)] : [];
  });
  if (!mine && owned.size > 0) result.push(makeEntry(manager, 'Update', next.apiVersion, owned, undefined, now));
  return result;
};
