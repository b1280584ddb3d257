import {
  type CognitoIdentityProviderClient,
  CreateGroupCommand,
  type CreateGroupCommandInput,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  type CreateUserPoolCommandInput,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';

/** The CloudFormation resources of a synthesized template, by logical id. */
export type TemplateResources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

export interface EmulatedAdminPool {
  userPoolId: string;
  clientId: string;
  groupName: string;
}

const onlyOf = (resources: TemplateResources, type: string) => {
  const found = Object.values(resources).filter((resource) => resource.Type === type);
  if (found.length !== 1) throw new Error(`Expected one ${type} in the template, found ${found.length}.`);
  return found[0]!.Properties ?? {};
};

/** CloudFormation's properties minus the ones that are references (filled in with the ids made here). */
const withoutReferences = (properties: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(properties).filter(([key]) => !keys.includes(key)));

/**
 * Creates the administrators' user pool, app client and group through Cognito's API exactly as the
 * synthesized template defines them: CloudFormation's property names are the API's (the pool's name aside),
 * so what reaches the emulator is the template's own settings, password policy and auth flows included. The
 * MFA settings go through SetUserPoolMfaConfig, as CloudFormation itself does after creating the pool.
 */
export const createAdminPoolFromTemplate = async (cognito: CognitoIdentityProviderClient, resources: TemplateResources, poolName = 'paas-admins'): Promise<EmulatedAdminPool> => {
  const pool = onlyOf(resources, 'AWS::Cognito::UserPool');
  const client = onlyOf(resources, 'AWS::Cognito::UserPoolClient');
  const group = onlyOf(resources, 'AWS::Cognito::UserPoolGroup');

  const { EnabledMfas, MfaConfiguration, UserPoolName, ...poolSettings } = pool as { EnabledMfas?: string[]; MfaConfiguration?: string; UserPoolName?: string };
  const created = await cognito.send(new CreateUserPoolCommand({ ...(poolSettings as Omit<CreateUserPoolCommandInput, 'PoolName'>), PoolName: UserPoolName ?? poolName }));
  const userPoolId = created.UserPool!.Id!;
  if (MfaConfiguration && MfaConfiguration !== 'OFF') {
    await cognito.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: userPoolId,
        MfaConfiguration: MfaConfiguration as 'ON' | 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: (EnabledMfas ?? []).includes('SOFTWARE_TOKEN_MFA') },
      }),
    );
  }
  const { ClientId } = (
    await cognito.send(
      new CreateUserPoolClientCommand({
        ...(withoutReferences(client, 'UserPoolId') as Omit<CreateUserPoolClientCommandInput, 'UserPoolId' | 'ClientName'>),
        ClientName: (client.ClientName as string | undefined) ?? 'api-client',
        UserPoolId: userPoolId,
      }),
    )
  ).UserPoolClient!;
  const groupInput = withoutReferences(group, 'UserPoolId') as Omit<CreateGroupCommandInput, 'UserPoolId'>;
  await cognito.send(new CreateGroupCommand({ ...groupInput, UserPoolId: userPoolId }));
  return { userPoolId, clientId: ClientId!, groupName: groupInput.GroupName! };
};
