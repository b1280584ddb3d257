import { RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { inboundHandlers } from '../../../functions/hooks/hook-routes';
import { inboundVariables } from '../../../shared/inbound-webhooks/inbound-environment';
import { inboundSources, type InboundSource } from '../../../shared/inbound-webhooks/inbound-sources';
import { acknowledge } from '../nag-acknowledgements';
import type { PlatformFunction } from './platform-function';

export interface InboundSecretsProps {
  functions: readonly PlatformFunction[];
  /** Comma-separated CIDR ranges each source is accepted from (context values); absent: any address. */
  sourceRanges: Partial<Record<InboundSource, string>>;
  deletionProtection: boolean;
}

const descriptions: Record<InboundSource, string> = {
  payments: "Signing secret of POST /v1/hooks/payments: put the Stripe endpoint's whsec_ secret here",
  kubernetes: 'HMAC secret of POST /v1/hooks/kubernetes (X-Signature): give it to the event exporter',
  alerts: 'Bearer token (and HMAC key) of POST /v1/hooks/alerts: give it to Alertmanager',
};

/**
 * One Secrets Manager secret per inbound source (README "Inbound webhooks"), generated at deploy time (the
 * payments one is replaced by Stripe's signing secret). Each hook function learns its own secret's ARN and
 * may call secretsmanager:GetSecretValue on that secret and no other; Powertools Parameters caches the
 * value per container (INBOUND_SECRET_CACHE_SECONDS). A table without a hook (a test's) gets no secret.
 */
export class InboundSecrets extends Construct {
  readonly secrets: Partial<Record<InboundSource, Secret>> = {};

  constructor(scope: Construct, id: string, props: InboundSecretsProps) {
    super(scope, id);
    for (const source of inboundSources) {
      const hook = props.functions.find(({ handlerModules }) => handlerModules.includes(inboundHandlers[source]));
      if (!hook) continue;
      const secret = new Secret(this, source.charAt(0).toUpperCase() + source.slice(1), {
        description: descriptions[source],
        generateSecretString: { passwordLength: 48, excludePunctuation: true },
        removalPolicy: props.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
      acknowledge(
        secret,
        "The sender holds the same secret (Stripe's signing secret, the event exporter's HMAC key, Alertmanager's bearer token), and a rotation function cannot change it there: rotation is the coordinated manual change of docs/runbook.md \"Rotating webhook secrets\".",
        'AwsSolutions-SMG4',
      );
      const names = inboundVariables[source];
      hook.function.addEnvironment(names.secretArn, secret.secretArn);
      const ranges = props.sourceRanges[source];
      if (ranges) hook.function.addEnvironment(names.sourceRanges, ranges);
      hook.function.addToRolePolicy(new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }));
      this.secrets[source] = secret;
    }
  }
}
