/**
 * EventBridge's schedule expression grammar, as documented (the source of truth here, not moto):
 * - rules: EventBridge User Guide, "Setting a schedule pattern for scheduled rules"
 *   (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html);
 * - EventBridge Scheduler: Scheduler User Guide, "Schedule types" (the same rate and cron, plus one-time `at()`).
 *
 * moto 5.2.6 is no judge of these: its PutRule only checks `^cron\(.*\)` or
 * `^rate\(\d*\s(minute|minutes|hour|hours|day|days)\)` (moto/events/models.py EventsBackend._CRON_REGEX,
 * _RATE_REGEX), so it takes `rate(1 minutes)`, `rate(0 minutes)`, `cron(0 12 * * * *)` and `cron(nonsense)`.
 *
 * Returns the problems of an expression, none when it is valid.
 */
export const scheduleExpressionProblems = (expression: string, kind: 'rule' | 'scheduler' = 'rule'): string[] => {
  const rate = /^rate\((.*)\)$/.exec(expression);
  if (rate) return rateProblems(rate[1]!);
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) return cronProblems(cron[1]!);
  if (kind === 'scheduler' && /^at\(.*\)$/.test(expression)) {
    return /^at\(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\)$/.test(expression) ? [] : ['at() takes yyyy-mm-ddThh:mm:ss'];
  }
  return [`not a ${kind === 'scheduler' ? 'rate(), cron() or at()' : 'rate() or cron()'} expression`];
};

/** rate(value unit): value a positive whole number; the unit singular for 1 and plural otherwise. */
const rateProblems = (body: string): string[] => {
  const match = /^(\d+) (minute|minutes|hour|hours|day|days)$/.exec(body);
  if (!match) return ['rate() takes "<whole number> <minute(s)|hour(s)|day(s)>", one space between'];
  const value = Number(match[1]);
  const plural = match[2]!.endsWith('s');
  if (value < 1) return ['a rate is at least 1'];
  if (value === 1 && plural) return ['rate(1 …) takes the singular unit'];
  if (value > 1 && !plural) return [`rate(${value} …) takes the plural unit`];
  return [];
};

interface CronField {
  name: string;
  min: number;
  max: number;
  /** Names the field takes besides numbers. */
  names?: readonly string[];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS: readonly CronField[] = [
  { name: 'Minutes', min: 0, max: 59 },
  { name: 'Hours', min: 0, max: 23 },
  { name: 'Day-of-month', min: 1, max: 31 },
  { name: 'Month', min: 1, max: 12, names: MONTHS },
  { name: 'Day-of-week', min: 1, max: 7, names: DAYS },
  { name: 'Year', min: 1970, max: 2199 },
];

/** A single value of a field: a number in its range, or (Month, Day-of-week) a name. */
const valueOk = (field: CronField, value: string): boolean =>
  /^\d+$/.test(value) ? Number(value) >= field.min && Number(value) <= field.max : (field.names ?? []).includes(value.toUpperCase());

/** One comma-separated part: `*`, a value, a range `a-b`, or an increment `start/step` (start `*`, a value or a range). */
const partOk = (field: CronField, part: string): boolean => {
  const slash = part.split('/');
  if (slash.length > 2) return false;
  if (slash.length === 2 && !(/^\d+$/.test(slash[1]!) && Number(slash[1]) >= 1)) return false;
  const base = slash[0]!;
  if (base === '*') return true;
  const range = base.split('-');
  if (range.length > 2) return false;
  return range.every((value) => valueOk(field, value));
};

const cronProblems = (body: string): string[] => {
  const values = body.split(' ');
  if (values.length !== 6 || values.some((value) => value === '')) return [`cron() takes six fields separated by single spaces, got "${body}"`];
  const problems: string[] = [];
  values.forEach((value, index) => {
    const field = FIELDS[index]!;
    if (value === '?') {
      if (field.name !== 'Day-of-month' && field.name !== 'Day-of-week') problems.push(`${field.name} cannot be ?`);
      return;
    }
    // The special forms each field allows besides , - * /: L and W of Day-of-month; L and # of Day-of-week.
    if (field.name === 'Day-of-month' && /^(L|LW|\d{1,2}W)$/.test(value)) {
      if (value.endsWith('W') && value !== 'LW' && !valueOk(field, value.slice(0, -1))) problems.push(`${field.name} "${value}" is out of range`);
      return;
    }
    if (field.name === 'Day-of-week' && value.includes('#')) {
      // Only one expression with #: "3#1,6#3" is invalid.
      const [day, nth, ...rest] = value.split('#');
      if (rest.length || !valueOk(field, day!) || !/^[1-5]$/.test(nth!)) problems.push(`${field.name} "${value}": # takes one <day>#<1-5>`);
      return;
    }
    if (field.name === 'Day-of-week' && /^(L|[1-7]L)$/.test(value)) return;
    if (!value.split(',').every((part) => partOk(field, part))) problems.push(`${field.name} "${value}" is not valid (${field.min}-${field.max}${field.names ? ` or ${field.names[0]}-${field.names.at(-1)}` : ''}, with , - * /)`);
  });
  const [dayOfMonth, dayOfWeek] = [values[2], values[4]];
  // "You can't specify the Day-of-month and Day-of-week fields in the same cron expression. If you specify a
  // value or a * in one of the fields, you must use a ? in the other."
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) problems.push('exactly one of Day-of-month and Day-of-week must be ?');
  return problems;
};
