import { deepEqual, isPlainObject, type JsonObject, type KubeObject, type ManagedFieldsEntry } from './kube-object';
import { entryPaths, fieldPaths, makeEntry, overlaps, removeAt, segmentsOf, valueAt, type FieldPath } from './managed-fields';
import { KubeStatusError } from './status-errors';

/**
 * Server-side apply (PATCH with application/apply-patch+yaml), simplified: maps merge deeply, lists and
 * scalars are replaced whole; a field this manager applied before and leaves out now is removed unless
 * another manager owns it; a field another manager owns with a different value is a 409 conflict unless
 * `force`. Creates the object when it is absent.
 */

/** Applied values win; maps merge; `null` removes the field. */
export const mergeApplied = (base: unknown, applied: unknown): unknown => {
  if (!isPlainObject(base) || !isPlainObject(applied)) return structuredClone(applied);
  const merged: JsonObject = { ...structuredClone(base) };
  for (const [key, value] of Object.entries(applied)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = mergeApplied(merged[key], value);
  }
  return merged;
};

const stripNulls = (value: unknown): unknown =>
  isPlainObject(value)
    ? Object.fromEntries(Object.entries(value).filter(([, child]) => child !== null && child !== undefined).map(([key, child]) => [key, stripNulls(child)]))
    : value;

const conflictError = (conflicts: { manager: string; path: FieldPath }[]) =>
  new KubeStatusError(
    409,
    'Conflict',
    `Apply failed with ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}: ${conflicts.map((c) => `conflict with "${c.manager}": .${segmentsOf(c.path).join('.')}`).join(', ')}`,
    { causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with "${c.manager}"`, field: `.${segmentsOf(c.path).join('.')}` })) },
  );

export interface ApplyInput {
  existing: KubeObject | undefined;
  /** The applied configuration, status already left out. */
  applied: KubeObject;
  manager: string;
  force: boolean;
  now: Date;
}

/** The object after the apply, with its managedFields; identity metadata is the caller's to set. */
export const serverSideApply = ({ existing, applied, manager, force, now }: ApplyInput): KubeObject => {
  const appliedPaths = fieldPaths(applied);
  const entries: ManagedFieldsEntry[] = existing?.metadata.managedFields ?? [];
  const isMine = (entry: ManagedFieldsEntry) => entry.manager === manager && entry.operation === 'Apply' && !entry.subresource;
  const mine = entries.find(isMine);
  const others = entries.filter((entry) => !isMine(entry)).map((entry) => ({ entry, paths: entryPaths(entry) }));

  if (existing && !force) {
    const conflicts = [...appliedPaths].flatMap((path) =>
      deepEqual(valueAt(existing, path), valueAt(applied, path))
        ? []
        : others.filter(({ paths }) => [...paths].some((owned) => overlaps(owned, path))).map(({ entry }) => ({ manager: entry.manager, path })),
    );
    if (conflicts.length > 0) throw conflictError(conflicts);
  }

  const base = structuredClone(existing ?? { apiVersion: applied.apiVersion, kind: applied.kind, metadata: {} }) as KubeObject;
  for (const path of mine ? entryPaths(mine) : []) {
    const keptByOthers = others.some(({ paths }) => [...paths].some((owned) => overlaps(owned, path)));
    if (!appliedPaths.has(path) && !keptByOthers) removeAt(base, path);
  }
  const merged = mergeApplied(base, stripNulls(applied)) as KubeObject;

  // Forced fields change hands: the other managers lose what this apply sets.
  const managedFields = entries.flatMap((entry) => {
    if (entry === mine) return [makeEntry(manager, 'Apply', applied.apiVersion, appliedPaths, mine, now)];
    const kept = new Set([...entryPaths(entry)].filter((path) => ![...appliedPaths].some((a) => overlaps(a, path)) || deepEqual(valueAt(existing, path), valueAt(applied, path))));
    return kept.size > 0 ? [makeEntry(entry.manager, entry.operation, entry.apiVersion, kept, entry, now)] : [];
  });
  if (!mine) managedFields.push(makeEntry(manager, 'Apply', applied.apiVersion, appliedPaths, undefined, now));
  merged.metadata = { ...merged.metadata, managedFields };
  return merged;
};
