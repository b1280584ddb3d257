import { describe, expect, it } from 'vitest';
import { synthPlatformStack } from '../support/synth-platform-stack';

describe('CloudFormation validation', () => {
  // cdk.json turns CDK's built-in template validation (schema and best-practice rules) into errors, so
  // this synth fails on a property CloudFormation would reject at deploy time. About 8 s: one file only.
  it('passes for the whole stack, as `cdk synth` runs it', () => {
    expect(() => synthPlatformStack({ validate: true })).not.toThrow();
  });
});
