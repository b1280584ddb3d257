import { randomBytes } from 'node:crypto';
import {
  wordpressKeyNames,
  type CredentialsByTemplate,
  type DatabaseCredentials,
  type WordpressKeyName,
} from './instance-credentials';
import type { TemplateName } from './template-name';

export type RandomBytes = (size: number) => Buffer;

/** base64url: safe in environment variables, SQL passwords, URLs and shell words alike. */
const secret = (random: RandomBytes, bytes: number) => random(bytes).toString('base64url');

const database = (random: RandomBytes): DatabaseCredentials => ({
  databasePassword: secret(random, 24),
  databaseRootPassword: secret(random, 24),
});

const generators: { [T in TemplateName]: (random: RandomBytes) => CredentialsByTemplate[T] } = {
  n8n: (random) => ({ encryptionKey: secret(random, 32) }),
  ghost: database,
  wordpress: (random) => ({
    ...database(random),
    keys: Object.fromEntries(wordpressKeyNames.map((name) => [name, secret(random, 48)])) as Record<WordpressKeyName, string>,
  }),
};

/** Fresh credentials for a new instance of the template (192 bits per password, 256 for keys, 384 for salts). */
export const generateCredentials = <T extends TemplateName>(template: T, random: RandomBytes = randomBytes): CredentialsByTemplate[T] =>
  generators[template](random);
