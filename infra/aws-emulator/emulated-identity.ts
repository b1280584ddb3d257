import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CreateKeyCommand, type CreateKeyCommandInput, KMSClient } from '@aws-sdk/client-kms';
import { type EmulatedAdminPool, type TemplateResources, createAdminPoolFromTemplate } from './admin-pool-from-template';
import { motoClientConfig } from './start-moto';

export interface EmulatedIdentity {
  adminPool: EmulatedAdminPool;
  /** The KMS key (ECC_NIST_P256, SIGN_VERIFY) that signs customer tokens on the emulator. */
  customerTokenKeyId: string;
  /** What the functions need to use them: in place of the local runtime's key files. */
  environment: Record<string, string>;
}

/**
 * The identity of the stack made on an AWS emulator from the synthesized template: the administrators' user
 * pool, client and group (createAdminPoolFromTemplate) and the customer token key with the template's KeySpec
 * and KeyUsage. The environment points the functions' admin verifier and token signer at them.
 */
export const createEmulatedIdentity = async (endpoint: string, resources: TemplateResources, region = 'us-east-1'): Promise<EmulatedIdentity> => {
  const cognito = new CognitoIdentityProviderClient(motoClientConfig(endpoint, region));
  const kms = new KMSClient(motoClientConfig(endpoint, region));
  try {
    const adminPool = await createAdminPoolFromTemplate(cognito, resources);
    // The customer token key is the stack's one signing key (the backups' keys encrypt).
    const keys = Object.values(resources).filter((resource) => resource.Type === 'AWS::KMS::Key' && resource.Properties?.KeyUsage === 'SIGN_VERIFY');
    if (keys.length !== 1) throw new Error(`Expected one AWS::KMS::Key with KeyUsage SIGN_VERIFY in the template, found ${keys.length}.`);
    const { KeySpec, KeyUsage, Description } = keys[0]!.Properties as Pick<CreateKeyCommandInput, 'KeySpec' | 'KeyUsage' | 'Description'>;
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec, KeyUsage, Description }));
    const customerTokenKeyId = KeyMetadata!.Arn!;
    return {
      adminPool,
      customerTokenKeyId,
      environment: {
        ADMIN_USER_POOL_ID: adminPool.userPoolId,
        ADMIN_CLIENT_ID: adminPool.clientId,
        AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint,
        CUSTOMER_TOKEN_KMS_KEY_ID: customerTokenKeyId,
        AWS_ENDPOINT_URL_KMS: endpoint,
      },
    };
  } finally {
    cognito.destroy();
    kms.destroy();
  }
};
