import { onceUnlessRejected } from '../config/load-config';
import { validationError } from '../errors/app-error';

/** A failed load is tried again by the next request, not kept. */
const common = onceUnlessRejected(() =>
  import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()))),
);

/**
 * The ~49,000 most common passwords of zxcvbn-ts's list, compared case-insensitively. The list is 414 KiB
 * of source: imported where it is first needed, so a bundle keeps it in a chunk of its own that only a
 * request setting a password reads. A static import put it in the cold start of every route whose chunk it
 * shared (logout and the profile update too), about 10 ms of parsing and garbage collection each.
 */
export const isCommonPassword = async (password: string): Promise<boolean> => (await common()).has(password.toLowerCase());

export const assertUncommonPassword = async (password: string, field = 'body.password') => {
  if (await isCommonPassword(password)) throw validationError([{ field, message: 'is one of the most common passwords; choose another' }]);
};
