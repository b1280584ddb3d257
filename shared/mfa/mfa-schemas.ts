import * as z from 'zod';

const code = z.string().trim().min(6).max(32);

export const mfaRequiredSchema = z
  .object({
    mfaRequired: z.literal(true),
    mfaToken: z.string().meta({ description: 'Single-use, for five minutes, only for POST /v1/auth/login/mfa: no access token', example: 'mfa_01JD…' }),
  })
  .meta({ id: 'MfaRequired' });

export const totpEnrolmentSchema = z
  .object({
    otpauthUri: z.string().meta({ description: 'For a QR code an authenticator app scans', example: 'otpauth://totp/PaaS%20Platform:ada%40example.com?issuer=PaaS%20Platform&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30' }),
    secret: z.string().meta({ description: 'The same secret in base32, to type in; shown only here', example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }),
  })
  .meta({ id: 'TotpEnrolment' });

export const totpCodeSchema = z.strictObject({ code: code.regex(/^\d{6}$/, 'must be the 6-digit code of the authenticator app').meta({ example: '123456' }) }).meta({ id: 'TotpCode' });

export const totpOrRecoveryCodeSchema = z
  .strictObject({ code: code.meta({ description: 'A code of the authenticator app, or an unused recovery code', example: '123456' }) })
  .meta({ id: 'TotpOrRecoveryCode' });

export const recoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string().meta({ example: 'K7QM-2X9D-PZ4T-8HRW' })).max(10).meta({ description: 'Each works once in place of a code; shown only here' }) })
  .meta({ id: 'RecoveryCodes' });

export const loginMfaSchema = z
  .strictObject({
    mfaToken: z.string().min(20).max(200),
    code: code.meta({ description: 'A code of the authenticator app, or an unused recovery code', example: '123456' }),
  })
  .meta({ id: 'LoginMfa' });
