import { describe, expect, it } from 'vitest';
import { eventRules } from '../../functions/event-rules';
import { queues } from '../../functions/queues';
import { notifiableEventTypes } from '../../shared/notifications/notification-table';
import { readPlatformSettings } from '../../infra/aws/platform-settings';
import { handlersOf, resourcesOf, synthPlatformStack, testApp } from '../support/synth-platform-stack';

// The notifier's own rows of the real tables, so rows other features add do not change what is checked here.
const tables = {
  queues: queues.filter((row) => row.name === 'notifications'),
  eventRules: eventRules.filter((rule) => rule.queue === 'notifications'),
};

const notifierOf = (context: Record<string, unknown> = {}) => {
  const { template } = synthPlatformStack({ context, tables });
  const [id, fn] = resourcesOf(template, 'AWS::Lambda::Function').find(([, f]) => handlersOf(f).includes('notifications/notify'))!;
  const statements = resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === fn.Properties!.Role['Fn::GetAtt'][0]))
    .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>);
  const sesStatements = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('ses:')));
  return { id, fn, template, sesStatements, variables: fn.Properties!.Environment.Variables as Record<string, unknown> };
};

describe('the notifier in AWS', () => {
  it('consumes the notifications queue, fed by a rule with the notification table’s event types', () => {
    const { id, template } = notifierOf();
    const mappings = resourcesOf(template, 'AWS::Lambda::EventSourceMapping').filter(([, m]) => m.Properties!.FunctionName.Ref === id);
    expect(mappings).toHaveLength(1);
    expect(mappings[0]![1].Properties).toMatchObject({ FunctionResponseTypes: ['ReportBatchItemFailures'], BatchSize: 10 });
    const [, rule] = resourcesOf(template, 'AWS::Events::Rule').find(([, r]) => r.Properties?.EventPattern)!;
    expect([...rule.Properties!.EventPattern['detail-type']].sort()).toEqual([...notifiableEventTypes].sort());
    expect(rule.Properties!.EventPattern['detail-type']).not.toContain('notification.created');
  });

  it('sends email from the notificationSender identity only, with ses:SendEmail on it (address or its domain)', () => {
    const { variables, sesStatements } = notifierOf({ notificationSender: 'notify@mail.example.com' });
    expect(variables.NOTIFICATION_SENDER).toBe('notify@mail.example.com');
    expect(variables).not.toHaveProperty('NOTIFICATION_MAIL_DIR');
    expect(sesStatements).toHaveLength(1);
    expect([sesStatements[0]!.Action].flat()).toEqual(['ses:SendEmail']);
    const resources = JSON.stringify(sesStatements[0]!.Resource);
    expect(resources).toContain(':identity/notify@mail.example.com');
    expect(resources).toContain(':identity/mail.example.com');
    expect(resources).not.toContain('*');
  });

  it('without a sender: no email rights and no sender, the notifier still runs', () => {
    const { variables, sesStatements } = notifierOf();
    expect(variables).not.toHaveProperty('NOTIFICATION_SENDER');
    expect(sesStatements).toEqual([]);
  });

  it('refuses a sender that is not an email address', () => {
    expect(() => readPlatformSettings(testApp({ notificationSender: 'notifications' }))).toThrow(/notificationSender/);
  });
});

describe('the account routes that email links', () => {
  const functionsOf = (context: Record<string, unknown>) => {
    const { template } = synthPlatformStack({ context, tables });
    const policies = resourcesOf(template, 'AWS::IAM::Policy');
    return (handler: string) => {
      const [, fn] = resourcesOf(template, 'AWS::Lambda::Function').find(([, f]) => handlersOf(f).includes(handler))!;
      const ses = policies
        .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => JSON.stringify(role).includes(JSON.stringify(fn.Properties!.Role['Fn::GetAtt'][0]))))
        .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement as Array<{ Action: string | string[] }>)
        .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('ses:')));
      return { variables: fn.Properties!.Environment.Variables as Record<string, unknown>, ses };
    };
  };

  it('send from the same sender with ses:SendEmail, and only they among the routes; requireVerifiedEmail reaches the functions', () => {
    const of = functionsOf({ notificationSender: 'notify@mail.example.com', requireVerifiedEmail: 'false' });
    for (const handler of ['auth/register', 'auth/password-forgot', 'auth/password-reset', 'auth/email-resend', 'auth/close-me']) {
      const { variables, ses } = of(handler);
      expect(variables.NOTIFICATION_SENDER, handler).toBe('notify@mail.example.com');
      expect(ses, handler).toHaveLength(1);
    }
    const login = of('auth/login');
    expect(login.variables).not.toHaveProperty('NOTIFICATION_SENDER');
    expect(login.ses).toEqual([]);
    expect(of('subscriptions/create-subscription').variables.REQUIRE_VERIFIED_EMAIL).toBe('false');
    expect(functionsOf({})('webhooks/create-webhook').variables.REQUIRE_VERIFIED_EMAIL).toBe('true');
  });
});
