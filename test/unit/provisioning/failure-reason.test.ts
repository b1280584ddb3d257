import { describe, expect, it } from 'vitest';
import { failureReason } from '../../../shared/provisioning/steps/failure-reason';

describe('the failure reason a customer reads', () => {
  it('keeps only the message of the Lambda runtime JSON Cause that AWS gives, never its trace or type', () => {
    const cause = JSON.stringify({
      errorType: 'TerminalStepError',
      errorMessage: 'No healthy node has room for this plan',
      trace: ['NoCapacityError: No healthy node has room for this plan', '    at placeInstance (/var/task/index.mjs:1:2345)'],
    });
    const reason = failureReason({ Error: 'NoCapacityError', Cause: cause });
    expect(reason).toBe('NoCapacityError: No healthy node has room for this plan');
    expect(reason).not.toMatch(/trace|index\.mjs|errorType/);
  });

  it('gives a failed rollout its reason, not the status JSON', () => {
    const cause = JSON.stringify({ ready: false, failed: true, reason: 'pod n8n-abc: image could not be pulled (ImagePullBackOff)' });
    expect(failureReason({ Error: 'RolloutFailed', Cause: cause })).toBe('RolloutFailed: pod n8n-abc: image could not be pulled (ImagePullBackOff)');
  });

  it('drops stack frames from a plain Cause, keeps its first line, and caps the length', () => {
    expect(failureReason({ Error: 'Boom', Cause: 'it broke\n    at x (/a.js:1:1)\n    at y (/b.js:2:2)' })).toBe('Boom: it broke');
    expect(failureReason({ Error: 'Long', Cause: 'x'.repeat(2000) }).length).toBe(300);
    expect(failureReason(undefined)).toBe('Failed: no detail');
  });
});
