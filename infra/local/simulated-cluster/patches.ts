import { deepEqual, isPlainObject, type JsonObject } from './kube-object';
import { badRequest, KubeStatusError } from './status-errors';

/** The non-apply PATCH content types: JSON Patch (RFC 6902), JSON merge patch (RFC 7386), strategic merge. */

export const PATCH_TYPES = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  apply: 'application/apply-patch+yaml',
} as const;

export const mergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isPlainObject(patch)) return structuredClone(patch);
  const result: JsonObject = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
};

/** The keys by which strategic merge patch merges lists of maps (containers by name, ports by port, …). */
const MERGE_KEYS = ['name', 'containerPort', 'port', 'mountPath', 'devicePath', 'ip', 'type', 'topologyKey'];

const mergeKeyOf = (target: unknown[], patch: unknown[]): string | undefined =>
  MERGE_KEYS.find((key) => patch.length > 0 && [...target, ...patch].every((item) => isPlainObject(item) && item[key] !== undefined));

/**
 * Strategic merge patch, simplified: a merge patch in which lists of maps that all carry one of the usual
 * merge keys are merged item by item; other lists are replaced; `$patch` directives are not supported.
 */
export const strategicMergePatch = (target: unknown, patch: unknown): unknown => {
  if (Array.isArray(patch) && Array.isArray(target)) {
    const key = mergeKeyOf(target, patch);
    if (!key) return structuredClone(patch);
    const merged = target.map((item) => {
      const update = patch.find((candidate) => (candidate as JsonObject)[key] === (item as JsonObject)[key]);
      return update ? strategicMergePatch(item, update) : item;
    });
    const added = patch.filter((candidate) => !target.some((item) => (item as JsonObject)[key] === (candidate as JsonObject)[key]));
    return [...merged, ...structuredClone(added)];
  }
  if (!isPlainObject(patch)) return structuredClone(patch);
  if ('$patch' in patch) throw badRequest('the simulated cluster does not support $patch directives in strategic merge patches');
  const result: JsonObject = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = strategicMergePatch(result[key], value);
  }
  return result;
};

interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: unknown;
}

const pointer = (path: string): string[] => {
  if (path === '') return [];
  if (!path.startsWith('/')) throw badRequest(`invalid JSON pointer "${path}"`);
  return path.slice(1).split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
};

const parentOf = (document: unknown, tokens: string[], path: string) => {
  let node = document;
  for (const token of tokens.slice(0, -1)) {
    node = Array.isArray(node) ? node[Number(token)] : isPlainObject(node) ? node[token] : undefined;
    if (node === undefined) throw new KubeStatusError(422, 'Invalid', `the JSON patch path "${path}" does not exist`);
  }
  return { parent: node, last: tokens.at(-1)! };
};

const read = (document: unknown, path: string): unknown => {
  const tokens = pointer(path);
  if (tokens.length === 0) return document;
  const { parent, last } = parentOf(document, tokens, path);
  return Array.isArray(parent) ? parent[Number(last)] : isPlainObject(parent) ? parent[last] : undefined;
};

const write = (document: unknown, path: string, value: unknown, mode: 'add' | 'replace' | 'remove') => {
  const tokens = pointer(path);
  const { parent, last } = parentOf(document, tokens, path);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) throw new KubeStatusError(422, 'Invalid', `the JSON patch index in "${path}" is out of range`);
    if (mode === 'add') parent.splice(index, 0, value);
    else if (mode === 'replace') parent[index] = value;
    else parent.splice(index, 1);
  } else if (isPlainObject(parent)) {
    if (mode !== 'add' && !(last in parent)) throw new KubeStatusError(422, 'Invalid', `the JSON patch path "${path}" does not exist`);
    if (mode === 'remove') delete parent[last];
    else parent[last] = value;
  } else throw new KubeStatusError(422, 'Invalid', `the JSON patch path "${path}" does not exist`);
};

export const jsonPatch = (target: unknown, operations: unknown): unknown => {
  if (!Array.isArray(operations)) throw badRequest('a JSON patch must be a list of operations');
  const document = structuredClone(target);
  for (const operation of operations as JsonPatchOperation[]) {
    switch (operation.op) {
      case 'add':
      case 'replace':
        write(document, operation.path, structuredClone(operation.value), operation.op);
        break;
      case 'remove':
        write(document, operation.path, undefined, 'remove');
        break;
      case 'move':
      case 'copy': {
        const value = structuredClone(read(document, operation.from ?? ''));
        if (operation.op === 'move') write(document, operation.from ?? '', undefined, 'remove');
        write(document, operation.path, value, 'add');
        break;
      }
      case 'test':
        if (!deepEqual(read(document, operation.path), operation.value)) throw new KubeStatusError(422, 'Invalid', `the JSON patch test at "${operation.path}" failed`);
        break;
      default:
        throw badRequest(`unknown JSON patch operation "${String((operation as { op?: unknown }).op)}"`);
    }
  }
  return document;
};
