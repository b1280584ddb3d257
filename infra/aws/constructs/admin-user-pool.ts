import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ADMIN_GROUP } from '../../../shared/auth/admin-token';
import { acknowledge } from '../nag-acknowledgements';

export interface AdminUserPoolProps {
  /** Keeps the pool (and so every administrator) when the stack goes; off only for throwaway stacks. */
  deletionProtection: boolean;
}

/**
 * The administrators' Cognito user pool (DESIGN section 5). Nobody signs up: an operator creates each
 * administrator, who signs in with their email, must set a strong password and enrol a TOTP app, and is
 * allowed onto the admin routes by membership of the ADMINISTRATOR group.
 */
export class AdminUserPool extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly adminGroup: UserPoolGroup;

  constructor(scope: Construct, id: string, props: AdminUserPoolProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Pool', {
      selfSignUpEnabled: false,
      userInvitation: {
        emailSubject: 'Your PaaS platform administrator account',
        emailBody:
          'An administrator account was created for you. User name: {username}. Temporary password: {####}. ' +
          'It expires in one day; at first sign-in you choose a new password and set up an authenticator app.',
      },
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // An address change takes effect only once the new address is verified.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // Authenticator apps only: SMS would need an SNS role and spend limits, and is the weaker factor.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      enableSmsRole: false,
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(1),
        passwordHistorySize: 5,
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Essentials is the new-pool default (password history needs it). Threat protection would need
      // Plus, priced per active user; it is not switched on here.
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.userPool,
      "Plus's threat protection is priced per active user and guards self-service sign-in; this pool has a handful of operator-created administrators, no sign-up, TOTP required and a 14-character password policy.",
      'AwsSolutions-COG8',
    );

    this.adminGroup = new UserPoolGroup(this, 'AdministratorGroup', {
      userPool: this.userPool,
      groupName: ADMIN_GROUP,
      description: 'Grants the /v1/admin routes of the platform API',
      precedence: 0,
    });

    // A public client (no secret: it runs in a browser or CLI) that signs in with SRP, so the password
    // never travels, and keeps a session with refresh tokens. No hosted UI, no OAuth flows. The server-side
    // password flow serves operators' `npm run admin-sign-in`: AdminInitiateAuth needs IAM credentials
    // allowed cognito-idp:AdminInitiateAuth, so it is open only to those who already hold AWS access.
    this.client = this.userPool.addClient('ApiClient', {
      generateSecret: false,
      authFlows: { userSrp: true, adminUserPassword: true },
      disableOAuth: true,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.minutes(30),
      idTokenValidity: Duration.minutes(30),
      refreshTokenValidity: Duration.hours(8),
    });
  }
}
