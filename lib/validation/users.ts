import { z } from '@/lib/validation/z';
import { ROLES } from '@/lib/auth/permissions';

export const setUserDisabledSchema = z.strictObject({ userId: z.string().uuid(), disabled: z.boolean() });
export const setUserRolesSchema = z.strictObject({ userId: z.string().uuid(), roles: z.array(z.enum(ROLES)).min(1) });
