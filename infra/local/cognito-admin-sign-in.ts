import {
  AdminInitiateAuthCommand,
  type AdminInitiateAuthCommandOutput,
  AdminRespondToAuthChallengeCommand,
  AssociateSoftwareTokenCommand,
  type CognitoIdentityProviderClient,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Secret, TOTP } from 'otpauth';

export interface AdminSignIn {
  userPoolId: string;
  clientId: string;
  email: string;
  password: string;
  /** Asked for at the first sign-in (the temporary password an operator created the account with). */
  newPassword?: string;
  /** The authenticator app's secret (base32), once it is set up; the current code is computed from it. */
  totpSecret?: string;
}

export interface AdminSession {
  accessToken: string;
  idToken: string;
  refreshToken?: string;
  /** Set when this sign-in enrolled the authenticator: keep it (it is what an authenticator app would hold). */
  newTotpSecret?: string;
}

export class SignInError extends Error {}

/** The current code of a TOTP secret, as an authenticator app shows it (30 s steps, 6 digits, SHA-1: Cognito's). */
export const totpCode = (secret: string): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();

/**
 * An administrator's sign-in through Cognito's API, server side (AdminInitiateAuth with
 * ADMIN_USER_PASSWORD_AUTH: it needs IAM credentials allowed cognito-idp:AdminInitiateAuth, an operator's
 * tool). It answers the challenges the stack's pool sets: a new password at the first sign-in, then the
 * authenticator's enrolment (MFA is required), then a TOTP code at every sign-in after.
 */
export const signInAdministrator = async (cognito: CognitoIdentityProviderClient, request: AdminSignIn): Promise<AdminSession> => {
  const { userPoolId: UserPoolId, clientId: ClientId, email } = request;
  let step: AdminInitiateAuthCommandOutput = await cognito.send(
    new AdminInitiateAuthCommand({ UserPoolId, ClientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: request.password } }),
  );
  let newTotpSecret: string | undefined;
  for (let challenges = 0; !step.AuthenticationResult; challenges++) {
    if (challenges > 4) throw new SignInError(`Cognito kept asking (${step.ChallengeName}); the sign-in stopped`);
    const respond = (ChallengeResponses: Record<string, string>, Session = step.Session) =>
      cognito.send(new AdminRespondToAuthChallengeCommand({ UserPoolId, ClientId, ChallengeName: step.ChallengeName, Session, ChallengeResponses: { USERNAME: email, ...ChallengeResponses } }));
    switch (step.ChallengeName) {
      case 'NEW_PASSWORD_REQUIRED':
        if (!request.newPassword) throw new SignInError('This is the first sign-in: give --new-password to replace the temporary password');
        step = await respond({ NEW_PASSWORD: request.newPassword });
        break;
      case 'MFA_SETUP': {
        const { SecretCode, Session } = await cognito.send(new AssociateSoftwareTokenCommand({ Session: step.Session }));
        newTotpSecret = SecretCode!;
        const verified = await cognito.send(new VerifySoftwareTokenCommand({ Session, UserCode: totpCode(newTotpSecret), FriendlyDeviceName: 'admin-sign-in' }));
        if (verified.Status !== 'SUCCESS') throw new SignInError('Cognito did not accept the authenticator code');
        step = await respond({}, verified.Session ?? Session);
        break;
      }
      case 'SOFTWARE_TOKEN_MFA':
        if (!request.totpSecret) throw new SignInError('Cognito asks for the authenticator code: give --totp-secret (printed when it was set up)');
        step = await respond({ SOFTWARE_TOKEN_MFA_CODE: totpCode(request.totpSecret) });
        break;
      default:
        throw new SignInError(`Cognito asked for ${step.ChallengeName}, which this command does not answer`);
    }
  }
  const result = step.AuthenticationResult;
  // After an enrolment the authenticator is made the preferred factor, so every later sign-in asks for its
  // code. Cognito does that itself on MFA_SETUP; moto 5.2.6 does not, and would sign in without a code.
  if (newTotpSecret) await cognito.send(new SetUserMFAPreferenceCommand({ AccessToken: result.AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
  return { accessToken: result.AccessToken!, idToken: result.IdToken!, refreshToken: result.RefreshToken, newTotpSecret };
};
