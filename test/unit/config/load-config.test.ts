import { describe, expect, it } from 'vitest';
import { functionEnvironmentSchema } from '../../../shared/config/function-environment';
import { ConfigError, loadConfig, once } from '../../../shared/config/load-config';
import { clientConfig } from '../../../shared/aws/clients';

describe('configuration', () => {
  it('names every missing or bad variable, never a value', () => {
    try {
      loadConfig(functionEnvironmentSchema, { TABLE_NAME: '', POWERTOOLS_LOG_LEVEL: 'LOUD-secret' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('TABLE_NAME');
      expect(message).toContain('EVENT_BUS_NAME');
      expect(message).toContain('POWERTOOLS_LOG_LEVEL');
      expect(message).not.toContain('LOUD-secret');
    }
  });

  it('applies defaults', () => {
    expect(loadConfig(functionEnvironmentSchema, { TABLE_NAME: 't', EVENT_BUS_NAME: 'b' })).toMatchObject({ SERVICE_VERSION: '0.0.0-local' });
  });

  it('reads once', () => {
    let reads = 0;
    const value = once(() => ++reads);
    value();
    value();
    expect(reads).toBe(1);
  });

  it('points every AWS client at AWS_ENDPOINT_URL, a service-specific one first', () => {
    expect(clientConfig('DYNAMODB', { AWS_ENDPOINT_URL: 'http://localstack:4566' }).endpoint).toBe('http://localstack:4566');
    expect(clientConfig('DYNAMODB', { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_DYNAMODB: 'http://b' }).endpoint).toBe('http://b');
    expect(clientConfig('EVENTBRIDGE', {})).not.toHaveProperty('endpoint');
  });
});
