import type { KubeObject } from './kube-object';
import { badRequest } from './status-errors';

/**
 * Field selectors: `path=value`, `path==value`, `path!=value`, joined by commas, on any dotted path of the
 * object (`metadata.name`, `spec.nodeName`, `status.phase`, `involvedObject.name`, `type`). The real API
 * server allows only a few paths per kind; accepting every path is a superset of that.
 */
interface FieldRequirement {
  path: string[];
  equals: boolean;
  value: string;
}

export const parseFieldSelector = (selector: string | undefined): FieldRequirement[] =>
  (selector ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^([A-Za-z0-9_.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
      if (!match) throw badRequest(`invalid field selector: "${part}"`);
      return { path: match[1]!.split('.'), equals: match[2] !== '!=', value: match[3]! };
    });

const fieldValue = (object: KubeObject, path: string[]): string => {
  let value: unknown = object;
  for (const segment of path) value = (value as Record<string, unknown> | undefined)?.[segment];
  return value === undefined || value === null ? '' : String(value);
};

export const matchesFields = (requirements: FieldRequirement[], object: KubeObject): boolean =>
  requirements.every((requirement) => (fieldValue(object, requirement.path) === requirement.value) === requirement.equals);
