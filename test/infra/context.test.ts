import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { readPlatformSettings } from '../../infra/aws/platform-settings';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { resourcesOf, synthPlatformStack, testApp } from '../support/synth-platform-stack';

// `cdk synth -c key=value` hands every value over as a string; these must work exactly like cdk.json's.
const cliContext = {
  deletionProtection: 'false',
  logRetentionDays: '7',
  corsAllowedOrigins: 'https://app.example.com, https://admin.example.com',
  apiThrottleRate: '20',
  apiThrottleBurst: '40',
  logLevel: 'DEBUG',
  alarmEmail: 'ops@example.com',
  customerTokenIssuer: 'https://api.example.com/customers',
  customerTokenAudience: 'example-api',
  appsDomain: 'apps.example.com',
};

describe('context given on the command line', () => {
  const { template, nested, root } = synthPlatformStack({ context: cliContext });
  const everyTemplate = [template, ...Object.values(nested)];

  it('turns deletion protection off and lets the table, logs, admin pool and token key go with the stack', () => {
    const [[, table]] = resourcesOf(template, 'AWS::DynamoDB::GlobalTable') as [[string, Record<string, any>]];
    expect(table.Properties.Replicas[0].DeletionProtectionEnabled).toBe(false);
    expect(table.DeletionPolicy).toBe('Delete');
    for (const [id, logGroup] of everyTemplate.flatMap((t) => resourcesOf(t, 'AWS::Logs::LogGroup'))) {
      expect(logGroup.DeletionPolicy, id).toBe('Delete');
      expect(logGroup.Properties!.RetentionInDays, id).toBe(7);
    }
    const [[, pool]] = resourcesOf(template, 'AWS::Cognito::UserPool') as [[string, Record<string, any>]];
    expect(pool.Properties.DeletionProtection).toBe('INACTIVE');
    expect(pool.DeletionPolicy).toBe('Delete');
    const [[, key]] = resourcesOf(template, 'AWS::KMS::Key') as [[string, Record<string, any>]];
    expect(key.DeletionPolicy).toBe('Delete');
    expect(key.Properties.PendingWindowInDays).toBe(7);
  });

  it('gives the functions the apps domain their instance URLs and Ingress hosts use', () => {
    for (const [id, fn] of resourcesOf(template, 'AWS::Lambda::Function')) expect(fn.Properties!.Environment.Variables.APPS_DOMAIN, id).toBe('apps.example.com');
  });

  it('gives the functions the customer token issuer and audience', () => {
    for (const [id, fn] of resourcesOf(template, 'AWS::Lambda::Function')) {
      expect(fn.Properties!.Environment.Variables, id).toMatchObject({
        CUSTOMER_TOKEN_ISSUER: cliContext.customerTokenIssuer,
        CUSTOMER_TOKEN_AUDIENCE: cliContext.customerTokenAudience,
      });
    }
  });

  it('sets CORS origins, throttling and log level for the API and the functions alike', () => {
    nested.Api!.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: { AllowOrigins: ['https://app.example.com', 'https://admin.example.com'] },
    });
    nested.Api!.hasResourceProperties('AWS::ApiGatewayV2::Stage', { DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 } });
    for (const [id, fn] of resourcesOf(template, 'AWS::Lambda::Function')) {
      expect(fn.Properties!.Environment.Variables, id).toMatchObject({ CORS_ALLOWED_ORIGINS: cliContext.corsAllowedOrigins, POWERTOOLS_LOG_LEVEL: 'DEBUG' });
    }
  });

  it('mails the alarm topic to the given address', () => {
    root.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
  });
});

describe('context that cannot work', () => {
  it.each([
    [{ logRetentionDays: '10' }, /logRetentionDays: must be a CloudWatch Logs retention period/],
    [{ deletionProtection: 'no' }, /deletionProtection/],
    [{ apiThrottleRate: '-1' }, /apiThrottleRate/],
    [{ logLevel: 'LOUD' }, /logLevel/],
    [{ alarmEmail: 'not-an-address' }, /alarmEmail/],
    [{ customerTokenIssuer: 'not a url' }, /customerTokenIssuer/],
    [{ customerTokenAudience: ' ' }, /customerTokenAudience/],
    [{ appsDomain: 'not a domain' }, /appsDomain/],
    [{ stripePrices: '{"n8n/starter": "prod_1"}' }, /stripePrices.*must be a Stripe price id/],
    [{ stripePrices: 'not json' }, /stripePrices: must be a JSON object/],
    [{ checkoutSuccessUrl: 'not a url' }, /checkoutSuccessUrl/],
  ])('is refused before anything is built: %o', (context, message) => {
    expect(() => readPlatformSettings(testApp(context))).toThrow(message);
  });

  it('falls back to the defaults when no context is given at all', () => {
    expect(readPlatformSettings(new App())).toEqual({
      deletionProtection: true,
      logRetentionDays: 30,
      corsAllowedOrigins: '*',
      apiThrottleRate: 100,
      apiThrottleBurst: 200,
      logLevel: 'INFO',
      customerTokenIssuer: 'https://paas-platform/customers',
      customerTokenAudience: 'paas-api',
      eksKubernetesGroup: 'paas-platform:provisioner',
      appsDomain: 'apps.localhost',
      instanceIngressClass: 'nginx',
      domainCertIssuer: 'letsencrypt',
      requireVerifiedEmail: true,
      backupRetentionDays: 35,
      tableBackupRetentionDays: 35,
      stripePrices: {},
    });
  });

  it('defaults the token issuer and audience to the functions’ own defaults, so AWS and local agree', () => {
    const settings = readPlatformSettings(new App());
    const functionDefaults = functionEnvironmentSchema.parse({ TABLE_NAME: 't', EVENT_BUS_NAME: 'b' });
    expect(settings.customerTokenIssuer).toBe(functionDefaults.CUSTOMER_TOKEN_ISSUER);
    expect(settings.customerTokenAudience).toBe(functionDefaults.CUSTOMER_TOKEN_AUDIENCE);
    expect(settings.domainCertIssuer).toBe(functionDefaults.DOMAIN_CERT_ISSUER);
    expect(settings.requireVerifiedEmail).toBe(functionDefaults.REQUIRE_VERIFIED_EMAIL);
  });
});
