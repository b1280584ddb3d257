import type { z } from 'zod';
import type { FieldError } from '../errors/app-error';

/** `['plans', 0, 'price']` under `body` → `body.plans[0].price`. */
export const fieldPath = (root: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), root);

/** Zod issues as field errors; an unknown key is reported at its own path. */
export const fieldErrorsOf = (root: string, error: z.ZodError): FieldError[] =>
  error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldPath(root, [...issue.path, key]), message: 'is not a known field' }));
    }
    return [{ field: fieldPath(root, issue.path), message: issue.message }];
  });
