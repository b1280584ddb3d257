import * as z from 'zod';
import { emailSchema } from './email';
import { newPasswordSchema } from './password-policy';

export const userStatusSchema = z.enum(['ACTIVE', 'DISABLED']).meta({ example: 'ACTIVE' });
export const userIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a user id').meta({ example: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P' });
const nameSchema = z.string().trim().min(1).max(100).meta({ example: 'Ada Lovelace' });

/** A customer account as the API shows it: never a password or its hash. */
export const userSchema = z
  .object({
    id: userIdSchema,
    email: z.string().meta({ example: 'ada@example.com' }),
    name: z.string(),
    status: userStatusSchema,
    emailVerified: z.boolean().meta({ description: 'Whether the owner of the address followed the link emailed to it' }),
    pendingEmail: z
      .string()
      .optional()
      .meta({ description: 'A new address asked for: it replaces `email` when the link emailed to it is followed; until then the account signs in with `email`', example: 'ada@newmail.example' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });

export const registerSchema = z
  .strictObject({ email: emailSchema, password: newPasswordSchema, name: nameSchema })
  .meta({ id: 'Register' });

export const loginSchema = z
  .strictObject({
    email: emailSchema,
    // Login takes any password up to the cap: the policy applies when one is set, not when one is tried.
    password: z.string().min(1).max(128).meta({ example: 'correct horse battery staple' }),
  })
  .meta({ id: 'Login' });

export const refreshSchema = z.strictObject({ refreshToken: z.string().min(20).max(512) }).meta({ id: 'Refresh' });

export const updateMeSchema = z
  .strictObject({
    name: nameSchema.optional(),
    email: emailSchema.optional().meta({ description: 'A new address: it takes effect when the link emailed to it is followed (the current address is told). The current address again cancels a pending change.' }),
    password: newPasswordSchema.optional(),
    currentPassword: z.string().min(1).max(128).optional(),
  })
  .refine((body) => body.name !== undefined || body.email !== undefined || body.password !== undefined, 'give a name, an email or a password to change')
  .refine((body) => body.password === undefined || body.currentPassword !== undefined, {
    message: 'is required to change the password',
    path: ['currentPassword'],
  })
  .refine((body) => body.email === undefined || body.currentPassword !== undefined, {
    message: 'is required to change the email address',
    path: ['currentPassword'],
  })
  .meta({ id: 'UpdateMe' });

export const adminUpdateUserSchema = z
  .strictObject({ name: nameSchema.optional(), status: userStatusSchema.optional() })
  .refine((body) => Object.keys(body).length > 0, 'give a name or a status to change')
  .meta({ id: 'AdminUpdateUser' });

export const sessionTokensSchema = z
  .object({
    user: userSchema,
    accessToken: z.string().meta({ description: 'ES256 JWT, valid for expiresIn seconds' }),
    refreshToken: z.string().meta({ description: 'Opaque; rotated on every use' }),
    expiresIn: z.number().int().meta({ example: 900 }),
  })
  .meta({ id: 'SessionTokens' });

export type User = z.infer<typeof userSchema>;
export type UserStatus = z.infer<typeof userStatusSchema>;
/** The stored account: the public view plus what only the platform may see. */
export type StoredUser = User & { passwordHash: string; version: number };
