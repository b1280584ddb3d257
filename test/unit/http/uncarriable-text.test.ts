import { describe, expect, it } from 'vitest';
import { uncarriableTextFields } from '../../../shared/http/uncarriable-text';

describe('text no queue can carry', () => {
  it('names each field holding U+FFFE, U+FFFF or an unpaired surrogate, nested ones and field names too', () => {
    const body = { name: 'ok \uFFFF', plans: [{ name: 'fine' }, { name: '\uFFFE' }], tags: { ['k\uD800']: 'v' }, tail: 'x\uDC00' };
    expect(uncarriableTextFields('body', body).map((e) => e.field)).toEqual(['body.name', 'body.plans[1].name', 'body.tags', 'body.tail']);
  });

  it('lets text through: emoji (surrogate pairs), other noncharacters SQS accepts, control characters JSON escapes', () => {
    expect(uncarriableTextFields('body', { name: 'Grüße 😀 \uFDD0 \u{10FFFD} tab\tline\nnul\u0000' })).toEqual([]);
    expect(uncarriableTextFields('query', { limit: '5' })).toEqual([]);
    expect(uncarriableTextFields('body', undefined)).toEqual([]);
  });

  it('walks a body as deep as its size allows without overflowing the stack, and caps what it reports', () => {
    let deep: unknown = '\uFFFF';
    for (let level = 0; level < 50_000; level++) deep = [deep];
    expect(uncarriableTextFields('body', deep)).toHaveLength(1);
    expect(uncarriableTextFields('body', Array.from({ length: 500 }, () => '\uFFFE'))).toHaveLength(20);
  });
});
