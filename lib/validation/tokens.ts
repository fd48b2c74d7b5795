import { z } from '@/lib/validation/z';

export const issueTokenSchema = z.strictObject({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(100),
});
export type IssueTokenInput = z.infer<typeof issueTokenSchema>;

export const issueTokenResponseSchema = z.object({ token: z.string(), id: z.string().uuid(), name: z.string() });

export const revokeTokenSchema = z.strictObject({ id: z.string().uuid() });
export const createTokenFormSchema = z.object({ name: z.string().trim().min(1).max(100) });
