import { createEmulatedIdentity } from './emulated-identity';
import type { EmulatorSession } from './emulator-session';
import { identityTemplateResources } from './identity-template';
import { ensurePythonTools } from './python-tools';
import { startMoto } from './start-moto';

export interface StartedEmulatedIdentity {
  endpoint: string;
  session: EmulatorSession;
  /** For startLocalPlatform's emulatedIdentityEnvironment. */
  environment: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * `npm start -- --aws-emulator`: moto started on a free loopback port (installed first when missing) and the
 * stack's identity made on it; main.ts writes the session to <data>/aws-emulator.json for `npm run
 * admin-sign-in`. moto keeps everything in memory: every start makes a new pool, so administrators are made again.
 */
export const startEmulatedIdentity = async (): Promise<StartedEmulatedIdentity> => {
  await ensurePythonTools({ log: (line) => console.log(`[emulator:install] ${line}`) });
  const moto = await startMoto();
  try {
    const identity = await createEmulatedIdentity(moto.endpoint, identityTemplateResources());
    const session: EmulatorSession = { endpoint: moto.endpoint, ...identity.adminPool, customerTokenKeyId: identity.customerTokenKeyId };
    return { endpoint: moto.endpoint, session, environment: identity.environment, stop: () => moto.stop() };
  } catch (error) {
    await moto.stop();
    throw error;
  }
};
