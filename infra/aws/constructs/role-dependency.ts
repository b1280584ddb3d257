import { CfnResource, Lazy } from 'aws-cdk-lib';
import type { IRole } from 'aws-cdk-lib/aws-iam';

/**
 * CDK makes a function or a state machine depend on its whole Role construct, so the role's policy is attached
 * before the function or machine is made. The role itself is already a dependency through the RoleArn it reads
 * (Fn::GetAtt), and cfn-lint flags the repeat in DependsOn (W3005): this leaves it out, keeping the rest.
 */
export const dropRepeatedRoleDependency = (resource: CfnResource, role: IRole): void => {
  const cfnRole = role.node.defaultChild;
  resource.addOverride(
    'DependsOn',
    // Lazy: the dependencies are only known once the app is prepared.
    Lazy.list(
      {
        produce: () =>
          resource
            .obtainDependencies()
            .filter((target): target is CfnResource => CfnResource.isCfnResource(target) && target !== cfnRole)
            .map((target) => target.logicalId),
      },
      { omitEmpty: true },
    ),
  );
};
