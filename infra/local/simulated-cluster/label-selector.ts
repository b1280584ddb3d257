import { badRequest } from './status-errors';

/**
 * Label selectors in their query-string form: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x,y)`, `a`,
 * `!a`, and `a>1`/`a<1`, joined by commas; every requirement must hold.
 */
export type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!exists' }
  | { key: string; op: 'gt' | 'lt'; value: number };

export type Labels = Record<string, string> | undefined;

const KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** Splits on the commas that are not inside a `( … )` value set. */
const splitRequirements = (selector: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
};

const checkKey = (key: string, requirement: string) => {
  if (!KEY.test(key) || key.length > 316) throw badRequest(`unable to parse requirement: invalid label key "${key}" in "${requirement}"`);
  return key;
};
const checkValue = (value: string, requirement: string) => {
  if (!VALUE.test(value) || value.length > 63) throw badRequest(`unable to parse requirement: invalid label value "${value}" in "${requirement}"`);
  return value;
};

const parseRequirement = (text: string): Requirement => {
  const set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(text);
  if (set) {
    const values = set[3]!.split(',').map((value) => checkValue(value.trim(), text));
    return { key: checkKey(set[1]!, text), op: set[2] as 'in' | 'notin', values };
  }
  const comparison = /^([^=!<>\s]+)\s*(==|=|!=|>|<)\s*(.*)$/.exec(text);
  if (comparison) {
    const [, key, op, value] = comparison as unknown as [string, string, string, string];
    if (op === '>' || op === '<') {
      if (!/^-?\d+$/.test(value)) throw badRequest(`unable to parse requirement: for 'gt', 'lt' operators, the value must be an integer in "${text}"`);
      return { key: checkKey(key, text), op: op === '>' ? 'gt' : 'lt', value: Number(value) };
    }
    return { key: checkKey(key, text), op: op === '!=' ? 'notin' : 'in', values: [checkValue(value.trim(), text)] };
  }
  if (text.startsWith('!')) return { key: checkKey(text.slice(1).trim(), text), op: '!exists' };
  return { key: checkKey(text, text), op: 'exists' };
};

export const parseLabelSelector = (selector: string | undefined): Requirement[] =>
  selector ? splitRequirements(selector).map(parseRequirement) : [];

const matchesRequirement = (labels: Record<string, string>, requirement: Requirement): boolean => {
  const has = Object.hasOwn(labels, requirement.key);
  const value = labels[requirement.key];
  switch (requirement.op) {
    case 'in':
      return has && requirement.values.includes(value!);
    case 'notin':
      return !has || !requirement.values.includes(value!);
    case 'exists':
      return has;
    case '!exists':
      return !has;
    case 'gt':
    case 'lt':
      if (!has || !/^-?\d+$/.test(value!)) return false;
      return requirement.op === 'gt' ? Number(value) > requirement.value : Number(value) < requirement.value;
  }
};

export const matchesLabels = (requirements: Requirement[], labels: Labels): boolean =>
  requirements.every((requirement) => matchesRequirement(labels ?? {}, requirement));

/** The structured selector of a workload (`matchLabels`, `matchExpressions`) in its string form. */
export const labelSelectorString = (selector: unknown): string => {
  const { matchLabels = {}, matchExpressions = [] } = (selector ?? {}) as {
    matchLabels?: Record<string, string>;
    matchExpressions?: { key: string; operator: string; values?: string[] }[];
  };
  const expressions = matchExpressions.map(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return `${key} in (${values.join(',')})`;
      case 'NotIn':
        return `${key} notin (${values.join(',')})`;
      case 'Exists':
        return key;
      default:
        return `!${key}`;
    }
  });
  return [...Object.entries(matchLabels).map(([key, value]) => `${key}=${value}`), ...expressions].join(',');
};
