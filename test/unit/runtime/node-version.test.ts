import { describe, expect, it } from 'vitest';
import { lambdaRuntime } from '../../../infra/aws/constructs/platform-function';
import packageJson from '../../../package.json' with { type: 'json' };

describe('the tests run on the Node the functions are deployed on', () => {
  it('has the Lambda runtime major as this process', () => {
    const deployedMajor = /^nodejs(\d+)\.x$/.exec(lambdaRuntime.name)?.[1];
    expect(deployedMajor).toBeDefined();
    expect(process.versions.node.split('.')[0]).toBe(deployedMajor);
  });

  it('pins that major in the node devDependency and the engines field', () => {
    const deployedMajor = /^nodejs(\d+)\.x$/.exec(lambdaRuntime.name)![1]!;
    expect(packageJson.devDependencies.node).toMatch(new RegExp(`^\\^?${deployedMajor}\\.`));
    expect(packageJson.engines.node).toContain(deployedMajor);
  });
});
