import { Stack } from 'aws-cdk-lib';
import { CfnAccessEntry } from 'aws-cdk-lib/aws-eks';
import { ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgements';
import { besideFunction } from './area-stacks';

export interface ClusterAccessProps {
  /** The existing EKS cluster, imported by name (DESIGN section 6). */
  clusterName: string;
  /** The Kubernetes group the access entries put the roles in; infra/aws/kubernetes/platform-rbac.yaml binds it. */
  kubernetesGroup: string;
  /** For a cluster whose endpoint is private: the functions that call it run in these subnets. */
  subnetIds?: readonly string[];
  securityGroupIds?: readonly string[];
}

/**
 * Lets a function reach the cluster with its own IAM role: an EKS access entry maps the role to a
 * Kubernetes group whose rights are the platform's RBAC (no cluster-admin policy), eks:DescribeCluster
 * gives the endpoint and CA, and EKS_CLUSTER_NAME tells the code which cluster to ask for. The token is
 * made at run time from the role's credentials (shared/kubernetes/eks-token.ts).
 */
export class ClusterAccess extends Construct {
  private readonly granted = new Set<LambdaFunction>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: ClusterAccessProps,
  ) {
    super(scope, id);
  }

  get clusterArn(): string {
    return Stack.of(this).formatArn({ service: 'eks', resource: 'cluster', resourceName: this.props.clusterName });
  }

  /** `id` names the access entry: the handler's construct id, stable across deployments. */
  grant(fn: LambdaFunction, id: string): void {
    if (this.granted.has(fn)) return;
    this.granted.add(fn);
    const role = fn.role;
    if (!role) throw new Error(`${fn.node.path} has no role to give cluster access to.`);

    fn.addEnvironment('EKS_CLUSTER_NAME', this.props.clusterName);
    fn.addToRolePolicy(new PolicyStatement({ actions: ['eks:DescribeCluster'], resources: [this.clusterArn] }));
    new CfnAccessEntry(besideFunction(fn, this), `${id}Entry`, {
      clusterName: this.props.clusterName,
      principalArn: role.roleArn,
      type: 'STANDARD',
      kubernetesGroups: [this.props.kubernetesGroup],
    });

    if (this.props.subnetIds?.length) {
      // The L1 property rather than `vpc`: the subnets are given by id, so nothing is looked up at synth.
      (fn.node.defaultChild as CfnFunction).vpcConfig = { subnetIds: [...this.props.subnetIds], securityGroupIds: [...(this.props.securityGroupIds ?? [])] };
      role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'));
      acknowledge(
        role,
        "The managed policy is the network interface rights Lambda needs in the cluster's subnets; those ec2 actions take no resource but '*', so an inline copy would be no narrower and would miss AWS's updates.",
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]',
      );
    }
  }
}
