/**
 * Builds an UpdateItem that only applies to an existing item (and, when a version is expected, only to that
 * version), sets the given fields and `updatedAt`, and bumps `version`: the optimistic lock of DESIGN
 * section 4. Undefined fields are left alone.
 */
export interface VersionedUpdateOptions {
  now: string;
  /** When given, the write fails unless the stored item is at this version. */
  expectedVersion?: number;
  /** Extra condition on the current item, e.g. a lifecycle state. Names and values are merged in. */
  condition?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  /** Attributes to drop (e.g. sparse index keys). */
  remove?: string[];
}

export const versionedUpdate = (fields: Record<string, unknown>, options: VersionedUpdateOptions) => {
  const names: Record<string, string> = { '#version': 'version', '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':one': 1, ':zero': 0, ':updatedAt': options.now };
  const sets = ['#updatedAt = :updatedAt', '#version = if_not_exists(#version, :zero) + :one'];
  Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .forEach(([name, value], i) => {
      names[`#f${i}`] = name;
      values[`:f${i}`] = value;
      sets.push(`#f${i} = :f${i}`);
    });
  const removes = (options.remove ?? []).map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  const conditions = ['attribute_exists(PK)'];
  if (options.expectedVersion !== undefined) {
    conditions.push('#version = :expectedVersion');
    values[':expectedVersion'] = options.expectedVersion;
  }
  if (options.condition) {
    conditions.push(`(${options.condition.expression})`);
    Object.assign(names, options.condition.names);
    Object.assign(values, options.condition.values);
  }
  return {
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
};

/** A create never overwrites: the default condition of every Put of a new item. */
export const createCondition = { ConditionExpression: 'attribute_not_exists(PK)' } as const;
