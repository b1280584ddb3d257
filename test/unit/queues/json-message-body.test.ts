import { describe, expect, it } from 'vitest';
import { jsonMessageBody } from '../../../shared/queues/json-message-body';

describe('a JSON message body any SQS takes', () => {
  it('writes characters beyond the BMP as JSON escapes: the same value parsed, and only BMP units that SQS and fauxqs take', () => {
    const value = { name: 'Grüße 😀 \u{10FFFD} 𝄞', nested: ['🚀', { key: 'plain' }], ['😀key']: 1 };
    const body = jsonMessageBody(JSON.stringify(value));
    expect(JSON.parse(body)).toEqual(value);
    expect(body).not.toMatch(/[\uD800-\uDFFF]/);
    expect(body).toContain('\\ud83d\\ude00');
  });

  it('leaves everything else as it was', () => {
    const json = JSON.stringify({ text: 'Grüße, ✨ and \\ud83d in text', n: 1 });
    expect(jsonMessageBody(json)).toBe(json);
  });
});
