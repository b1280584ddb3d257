import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AdminAddUserToGroupCommand, AdminCreateUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { readEmulatorSession } from '../aws-emulator/emulator-session';
import { motoClientConfig } from '../aws-emulator/start-moto';
import { signInAdministrator, SignInError } from './cognito-admin-sign-in';

/**
 * `npm run admin-sign-in -- --email ops@example.com --password '…'`: an administrator signs in through Cognito
 * with a user name and password and gets an access token for the admin routes (printed on stdout). Against the
 * platform started with `npm start -- --aws-emulator` (its pool is read from <data>/aws-emulator.json), where
 * `--create` first makes the administrator (in the ADMINISTRATOR group, the password given as the temporary
 * one); or against a deployed stack's pool with --user-pool-id and --client-id (the stack's outputs) and the
 * operator's AWS credentials. The first sign-in needs --new-password and enrols the authenticator: keep the
 * TOTP secret it prints and give it as --totp-secret from then on.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    'new-password': { type: 'string' },
    'totp-secret': { type: 'string' },
    create: { type: 'boolean', default: false },
    'user-pool-id': { type: 'string' },
    'client-id': { type: 'string' },
    'data-dir': { type: 'string' },
  },
});
const usage = 'Usage: npm run admin-sign-in -- --email ops@example.com --password P [--new-password P2] [--totp-secret S] [--create] [--user-pool-id ID --client-id ID] [--data-dir .data]';
if (!values.email || !values.password) {
  console.error(usage);
  process.exit(2);
}
const session = values['user-pool-id'] ? undefined : readEmulatorSession(resolve(values['data-dir'] ?? process.env.DATA_DIR ?? '.data'));
const userPoolId = values['user-pool-id'] ?? session?.userPoolId;
const clientId = values['client-id'] ?? session?.clientId;
if (!userPoolId || !clientId) {
  console.error(`No user pool: start the platform with \`npm start -- --aws-emulator\`, or give --user-pool-id and --client-id.\n${usage}`);
  process.exit(2);
}
if (values.create && !session) {
  console.error('--create makes administrators on the local AWS emulator only; in AWS an operator creates them (README "Administrators").');
  process.exit(2);
}
const region = userPoolId.split('_')[0];
const cognito = new CognitoIdentityProviderClient(session ? motoClientConfig(session.endpoint, region) : { region });
try {
  if (values.create) {
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: values.email,
        TemporaryPassword: values.password,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: values.email }, { Name: 'email_verified', Value: 'true' }],
      }),
    );
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: values.email, GroupName: session!.groupName }));
    console.error(`Created administrator ${values.email} in ${session!.groupName}.`);
  }
  const signedIn = await signInAdministrator(cognito, {
    userPoolId,
    clientId,
    email: values.email,
    password: values.password,
    newPassword: values['new-password'],
    totpSecret: values['totp-secret'],
  });
  if (signedIn.newTotpSecret) console.error(`Authenticator enrolled. Its TOTP secret (give it as --totp-secret from now on): ${signedIn.newTotpSecret}`);
  process.stdout.write(`${signedIn.accessToken}\n`);
} catch (error) {
  const { name, message } = error as Error;
  console.error(error instanceof SignInError ? message : `Cognito refused: ${name}: ${message}`);
  process.exit(1);
} finally {
  cognito.destroy();
}
