import { AppError } from '../../errors/app-error';

/** A DNS-1123 label: what Kubernetes accepts as a namespace name, and a safe label value. */
const dns1123Label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export const isDns1123Label = (value: string): boolean => dns1123Label.test(value);

/**
 * An id as it appears in names and label values: lowercased, and refused (never silently rewritten) when it
 * is not a DNS-1123 label, so two ids can never map to the same namespace or label. ULIDs always pass.
 */
export const idLabel = (id: string, field: string, maxLength = 63): string => {
  const value = id.toLowerCase();
  if (value.length > maxLength || !isDns1123Label(value)) {
    throw new AppError('validation', `${field} cannot name Kubernetes objects.`, {
      errors: [{ field, message: `must be at most ${maxLength} letters, digits or inner dashes` }],
    });
  }
  return value;
};

const namespacePrefix = 'cust-';

/** The customer's own namespace: `cust-<lowercased user id>`. */
export const namespaceName = (userId: string): string =>
  `${namespacePrefix}${idLabel(userId, 'userId', 63 - namespacePrefix.length)}`;
