import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface CustomerTokenKeyProps {
  /** A deleted key cannot verify the tokens it signed, so it stays with the stack unless this is off. */
  deletionProtection: boolean;
}

/**
 * The asymmetric key that signs customer access tokens (ES256). A KMS key rather than a private key kept
 * in Secrets Manager, because:
 * - the private key never leaves KMS: no function, log or backup can leak it, they can only ask for a signature;
 * - every signature is a KMS Sign call, audited in CloudTrail;
 * - KMS generates the key material, so no custom resource has to make a key pair at deploy time;
 * - rotation is a new key plus publishing both public keys in the JWKS until the old tokens have expired,
 *   with no secret to re-distribute.
 * Who may sign and who may read the public key is decided in function-access.ts.
 */
export class CustomerTokenKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string, props: CustomerTokenKeyProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Signs the customer access tokens (ES256 JWTs) of the PaaS platform API',
      keySpec: KeySpec.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
      alias: `alias/${Stack.of(this).stackName}/customer-access-tokens`,
      // Automatic rotation exists only for symmetric keys; see above for how this one rotates.
      enableKeyRotation: false,
      removalPolicy: props.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(props.deletionProtection ? 30 : 7),
    });
  }
}
