/**
 * The contexts the stack hardening suites (issue 9, "The stack") synthesize: what `cdk synth` sees with
 * cdk.json, and the same with every optional setting on, so a resource or grant that exists only then (cluster
 * access in a VPC, the alarm mail, SES, source ranges) is checked too.
 */
export const hardeningContexts = {
  'cdk.json': {},
  'every optional setting': {
    eksClusterName: 'paas-prod',
    eksSubnetIds: 'subnet-1,subnet-2',
    eksSecurityGroupIds: 'sg-1',
    alarmEmail: 'ops@example.com',
    notificationSender: 'no-reply@example.com',
    paymentsWebhookSourceRanges: '192.0.2.0/24',
    kubernetesWebhookSourceRanges: '10.0.0.0/8',
    alertsWebhookSourceRanges: '10.0.0.0/8',
  },
} as const satisfies Record<string, Record<string, unknown>>;

export type HardeningContextName = keyof typeof hardeningContexts;
