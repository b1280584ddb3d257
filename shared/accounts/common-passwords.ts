import { dictionary } from '@zxcvbn-ts/language-common';
import { validationError } from '../errors/app-error';

let common: Set<string> | undefined;

/**
 * The ~49,000 most common passwords of zxcvbn-ts's list, compared case-insensitively. Built on first use:
 * only the functions that set passwords pay for it.
 */
export const isCommonPassword = (password: string): boolean => {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
};

export const assertUncommonPassword = (password: string, field = 'body.password') => {
  if (isCommonPassword(password)) throw validationError([{ field, message: 'is one of the most common passwords; choose another' }]);
};
