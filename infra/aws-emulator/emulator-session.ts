import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm start -- --aws-emulator` made on the emulator, for `npm run admin-sign-in` (in the data folder). */
export interface EmulatorSession {
  endpoint: string;
  userPoolId: string;
  clientId: string;
  groupName: string;
  customerTokenKeyId: string;
}

const sessionFile = (dataDir: string) => join(dataDir, 'aws-emulator.json');

export const writeEmulatorSession = (dataDir: string, session: EmulatorSession) => writeFileSync(sessionFile(dataDir), `${JSON.stringify(session, null, 2)}\n`);

export const readEmulatorSession = (dataDir: string): EmulatorSession | undefined => {
  try {
    return JSON.parse(readFileSync(sessionFile(dataDir), 'utf8')) as EmulatorSession;
  } catch {
    return undefined;
  }
};
