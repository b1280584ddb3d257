import * as z from 'zod';
import { accountTokenSchema } from './account-token';
import { emailSchema } from './email';
import { newPasswordSchema } from './password-policy';

/** The bodies of the password reset, email verification and account closing routes. */
export const forgotPasswordSchema = z.strictObject({ email: emailSchema }).meta({ id: 'ForgotPassword' });

export const resetPasswordSchema = z.strictObject({ token: accountTokenSchema, password: newPasswordSchema }).meta({ id: 'ResetPassword' });

export const verifyEmailSchema = z.strictObject({ token: accountTokenSchema }).meta({ id: 'VerifyEmail' });

export const closeAccountSchema = z
  .strictObject({
    password: z.string().min(1).max(128).meta({ example: 'correct horse battery staple' }),
    // Checked by the two-factor feature when the account has it on; accepted here so clients can always send it.
    code: z.string().min(6).max(32).optional().meta({ description: 'The current two-factor code, when two-factor sign-in is on', example: '123456' }),
  })
  .meta({ id: 'CloseAccount' });
