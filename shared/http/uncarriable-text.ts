import type { FieldError } from '../errors/app-error';
import { fieldPath } from './zod-issues';

/**
 * Code points that are not text and that SQS refuses in a message (XML 1.0's set: U+FFFE, U+FFFF and
 * unpaired surrogates; JSON escapes control characters, so those travel). A field holding one would be
 * stored, then refused by the queue its event goes to, holding back the events behind it.
 */
const UNCARRIABLE = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MESSAGE = 'holds U+FFFE, U+FFFF or an unpaired surrogate, which are not text';
const KEY_MESSAGE = 'has a field whose name holds U+FFFE, U+FFFF or an unpaired surrogate, which are not text';
/** One error per field is enough to fix a request; a body full of them needs no more than this many. */
const MAX_ERRORS = 20;

interface Place {
  value: unknown;
  key?: PropertyKey;
  parent?: Place;
}

/** The path of a place, built only for a field in error, so a deep body costs no path copies. */
const pathOf = (place: Place): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let at: Place | undefined = place; at?.parent; at = at.parent) path.unshift(at.key!);
  return path;
};

/**
 * The fields (and field names) of a parsed request part holding uncarriable code points. Walked without
 * recursion, so a body nested as deep as its size allows cannot overflow the stack.
 */
export const uncarriableTextFields = (root: string, value: unknown): FieldError[] => {
  const errors: FieldError[] = [];
  const pending: Place[] = [{ value }];
  while (pending.length && errors.length < MAX_ERRORS) {
    const place = pending.pop()!;
    const current = place.value;
    if (typeof current === 'string') {
      if (UNCARRIABLE.test(current)) errors.push({ field: fieldPath(root, pathOf(place)), message: MESSAGE });
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push({ value: current[index], key: index, parent: place });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, inner] of Object.entries(current).reverse()) {
        if (UNCARRIABLE.test(key)) errors.push({ field: fieldPath(root, pathOf(place)), message: KEY_MESSAGE });
        else pending.push({ value: inner, key, parent: place });
      }
    }
  }
  return errors.slice(0, MAX_ERRORS);
};
