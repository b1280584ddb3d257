import { afterAll, beforeAll } from 'vitest';
import { motoClientConfig, motoCredentials, type MotoServer, runningMoto, startMoto } from '../../../infra/aws-emulator/start-moto';

export const EMULATOR_REGION = 'us-east-1';

/** The config of an AWS SDK client that talks to the emulator. */
export const emulatorClientConfig = (endpoint: string) => ({ ...motoClientConfig(endpoint, EMULATOR_REGION), maxAttempts: 1 });

/**
 * One moto server per test file, started before its tests and stopped after them (files run in parallel
 * processes, so each has its own state). With AWS_EMULATOR_URL set, the emulator already running there is
 * used instead (README "AWS emulator"). `emulator()` is only valid inside tests and hooks.
 */
export const useMoto = (settings?: Record<string, unknown>): (() => MotoServer) => {
  let moto: MotoServer | undefined;
  beforeAll(async () => {
    moto = process.env.AWS_EMULATOR_URL ? runningMoto(process.env.AWS_EMULATOR_URL) : await startMoto();
    if (settings) await moto.configure(settings);
  });
  afterAll(async () => {
    await moto?.stop();
  });
  return () => {
    if (!moto) throw new Error('moto is not started: call emulator() inside a test or hook');
    return moto;
  };
};

/**
 * Runs `body` with AWS_ENDPOINT_URL (and test credentials) pointing at the emulator, the way a user points
 * the platform at LocalStack, and puts the environment back after.
 */
export const withEmulatorEnvironment = async <T>(endpoint: string, body: () => Promise<T>, extra: Record<string, string> = {}): Promise<T> => {
  const values: Record<string, string> = {
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: EMULATOR_REGION,
    AWS_ACCESS_KEY_ID: motoCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: motoCredentials.secretAccessKey,
    ...extra,
  };
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return await body();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
};
