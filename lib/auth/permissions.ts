// Role → permission table (SPEC "Who uses it"). Pure: the only place roles are interpreted.
// Record-level rules (a rep edits own deals, a manager their team's) are enforced in the
// commands' scoped queries, not here.

export const ROLES = ['ADMIN', 'EXECUTIVE', 'SALES_MANAGER', 'SALES_REP', 'MARKETER', 'VRB_MEMBER', 'VRB_CHAIR'] as const;
export type Role = (typeof ROLES)[number];

const ALL = ROLES;

export const PERMISSIONS = {
  // leads (SPEC §1): only marketers and admins import
  'lead:read': ALL,
  'lead:import': ['MARKETER', 'ADMIN'],
  'lead:edit': ['MARKETER', 'ADMIN', 'SALES_MANAGER'],
  'lead:qualify': ['MARKETER', 'ADMIN', 'SALES_MANAGER'],
  'lead:assign': ['MARKETER', 'ADMIN', 'SALES_MANAGER'],
  'lead:disqualify': ['MARKETER', 'ADMIN', 'SALES_MANAGER', 'SALES_REP'],
  'lead:convert': ['SALES_REP', 'SALES_MANAGER', 'ADMIN'],
  'lead:export': ['MARKETER', 'ADMIN', 'SALES_MANAGER', 'EXECUTIVE'],
  // opportunities and tiers (SPEC §2): everyone reads the pipeline, reps edit their own
  'opportunity:read': ALL,
  'opportunity:create': ['SALES_REP', 'SALES_MANAGER', 'ADMIN'],
  // bringing a firm's pipeline sheet in (issue 10): the managers who keep it, and admins
  'opportunity:import': ['SALES_MANAGER', 'ADMIN'],
  'opportunity:edit': ['SALES_REP', 'SALES_MANAGER', 'ADMIN'],
  'tier:move': ['SALES_REP', 'SALES_MANAGER', 'ADMIN'],
  'tier:reopen': ['ADMIN'],
  'tier:snooze': ['SALES_REP', 'SALES_MANAGER'],
  'tierReview:run': ['SALES_MANAGER', 'EXECUTIVE', 'ADMIN'],
  'tierReview:read': ALL,
  'report:read': ALL,
  'account:edit': ['SALES_REP', 'SALES_MANAGER', 'MARKETER', 'ADMIN'],
  // marking or clearing a key account by hand, with a reason (issue 12); the first win marks it by itself
  'account:keyAccount': ['SALES_MANAGER', 'ADMIN'],
  'activity:write': ['SALES_REP', 'SALES_MANAGER', 'MARKETER', 'ADMIN'],
  // VRB (SPEC §4): only VRB members raise findings; only the chair or an executive decides
  'vrb:read': ALL,
  'vrb:schedule': ['SALES_REP', 'SALES_MANAGER', 'VRB_CHAIR', 'ADMIN'],
  'vrb:economics': ['SALES_REP', 'SALES_MANAGER'],
  'vrb:opinion': ['VRB_MEMBER'],
  'vrb:finding:raise': ['VRB_MEMBER'],
  'vrb:finding:answer': ['SALES_REP', 'SALES_MANAGER'],
  'vrb:finding:verify': ['VRB_MEMBER'],
  'vrb:decide': ['VRB_CHAIR', 'EXECUTIVE'],
  // the six-criterion assessment: the deal's rep side before the review, the committee during it
  'vrb:assess': ['SALES_REP', 'SALES_MANAGER', 'VRB_MEMBER', 'VRB_CHAIR', 'EXECUTIVE'],
  // postmortems (SPEC §5)
  'postmortem:write': ['SALES_REP', 'SALES_MANAGER', 'ADMIN'],
  'lesson:read': ALL,
  // a correction to a published postmortem (appended, never an edit); closing an action item
  'postmortem:amend': ['SALES_REP', 'SALES_MANAGER', 'ADMIN'],
  'actionItem:complete': ['SALES_REP', 'SALES_MANAGER', 'ADMIN', 'EXECUTIVE', 'MARKETER', 'VRB_MEMBER', 'VRB_CHAIR'],
  // sales tools (SPEC §6)
  'tools:edit': ['SALES_REP', 'SALES_MANAGER', 'ADMIN'],
  'receivable:edit': ['SALES_REP', 'SALES_MANAGER', 'ADMIN'],
  // invoices and collections: the rep side, and the finance VRB member (checked by domain in the command)
  'receivable:collect': ['SALES_REP', 'SALES_MANAGER', 'ADMIN', 'VRB_MEMBER'],
  // administration
  'settings:manage': ['ADMIN'],
  'users:manage': ['ADMIN'],
  'audit:read': ['ADMIN', 'EXECUTIVE'],
  'token:manage': ALL,
  // one's own password (Settings → 내 계정): every signed-in person
  'profile:edit': ALL,
  // everyone has a work list (내 업무) and notifications
  'work:read': ALL,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** A user may hold several roles; any one that grants the permission is enough. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
