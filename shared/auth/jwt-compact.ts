/**
 * JWS compact serialization (RFC 7515) around a signing function, so the same code signs with a local key
 * and with KMS, whose private key never leaves the service. Verification is aws-jwt-verify's job.
 */
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export type SignBytes = (data: Buffer) => Promise<Buffer>;

export const signJwt = async (header: { alg: 'ES256'; kid: string }, payload: Record<string, unknown>, sign: SignBytes): Promise<string> => {
  const signingInput = `${base64url({ ...header, typ: 'JWT' })}.${base64url(payload)}`;
  const signature = await sign(Buffer.from(signingInput));
  return `${signingInput}.${signature.toString('base64url')}`;
};

/**
 * KMS returns ECDSA signatures DER-encoded; JWS wants the raw r‖s of 32 bytes each (RFC 7518 §3.4).
 */
export const derToJoseSignature = (der: Buffer, size = 32): Buffer => {
  let offset = 2 + (der[1]! & 0x80 ? der[1]! & 0x7f : 0);
  const readInteger = () => {
    if (der[offset] !== 0x02) throw new Error('not a DER ECDSA signature');
    const length = der[offset + 1]!;
    let value = der.subarray(offset + 2, offset + 2 + length);
    offset += 2 + length;
    while (value.length > size && value[0] === 0) value = value.subarray(1);
    return Buffer.concat([Buffer.alloc(size - value.length), value]);
  };
  return Buffer.concat([readInteger(), readInteger()]);
};
