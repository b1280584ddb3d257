import { describe, expect, it } from 'vitest';
import { synthPlatformStack } from '../support/synth-platform-stack';

describe('CloudFormation validation', () => {
  // cdk.json turns CDK's built-in template validation (schema and best-practice rules) into errors, so
  // this synth fails on a property CloudFormation would reject at deploy time. The parent and its nested
  // stacks are each validated: about 20 s on a quiet machine, one file only.
  it('passes for the whole stack, as `cdk synth` runs it', () => {
    expect(() => synthPlatformStack({ validate: true })).not.toThrow();
  }, 180_000);
});
