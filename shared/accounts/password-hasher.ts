import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Argon2id at OWASP's recommended minimum (19 MiB memory, 2 passes, 1 lane), from Node's own crypto. The
 * stored form is the PHC string, so parameters can be raised later and old hashes still verify.
 */
export const ARGON2_PARAMETERS = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 } as const;

const derive = (password: string, nonce: Buffer, p: { memory: number; passes: number; parallelism: number; tagLength: number }) =>
  new Promise<Buffer>((resolve, reject) =>
    argon2('argon2id', { message: password, nonce, ...p }, (error, key) => (error ? reject(error) : resolve(key))),
  );

export const hashPassword = async (password: string): Promise<string> => {
  const nonce = randomBytes(16);
  const tag = await derive(password, nonce, ARGON2_PARAMETERS);
  const { memory, passes, parallelism } = ARGON2_PARAMETERS;
  return `$argon2id$v=19$m=${memory},t=${passes},p=${parallelism}$${nonce.toString('base64url')}$${tag.toString('base64url')}`;
};

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const parts = PHC.exec(stored);
  if (!parts) return false;
  const expected = Buffer.from(parts[5]!, 'base64url');
  const tag = await derive(password, Buffer.from(parts[4]!, 'base64url'), {
    memory: Number(parts[1]),
    passes: Number(parts[2]),
    parallelism: Number(parts[3]),
    tagLength: expected.length,
  });
  return timingSafeEqual(tag, expected);
};

let dummy: Promise<string> | undefined;
/**
 * Spends the same work as a real check when there is no account to check against, so an unknown email
 * and a wrong password take about the same time.
 */
export const verifyAgainstNothing = async (password: string): Promise<false> => {
  await verifyPassword(password, await (dummy ??= hashPassword('no account has this password')));
  return false;
};
