// The main navigation: each page with the permission its page requires (lib/auth/session
// requirePermission), so a role is shown only the pages it can use.
import { can, type Permission, type Role } from './permissions';

/** Each page with the permission its page requires: a role sees only the pages it can use. */
export const NAV_ITEMS = [
  { href: '/dashboard', key: 'dashboard', permission: 'report:read' },
  { href: '/leads', key: 'leads', permission: 'lead:read' },
  { href: '/tiers', key: 'tiers', permission: 'opportunity:read' },
  { href: '/reports/one-page', key: 'report', permission: 'report:read' },
  { href: '/receivables', key: 'receivables', permission: 'opportunity:read' },
  { href: '/vrb', key: 'vrb', permission: 'vrb:read' },
  { href: '/postmortems', key: 'postmortems', permission: 'lesson:read' },
  { href: '/accounts', key: 'accounts', permission: 'opportunity:read' },
  { href: '/tools', key: 'tools', permission: 'opportunity:read' },
  { href: '/settings', key: 'settings', permission: 'profile:edit' },
] as const satisfies readonly { href: string; key: string; permission: Permission }[];

/** The nav items a user holding `roles` may use. */
export const navItemsFor = (roles: readonly Role[]) => NAV_ITEMS.filter((item) => can(roles, item.permission));
