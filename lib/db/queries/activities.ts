import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';

// Activities (meeting, call, email, visit, demo, proposal, note, task) on deals and accounts, and
// the rep's "이번 주" next steps (issue #12 item 7).

export type ActivityType = 'MEETING' | 'CALL' | 'EMAIL' | 'VISIT' | 'DEMO' | 'PROPOSAL' | 'NOTE' | 'TASK';

const dateOrNull = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

export async function insertActivity(
  db: Db,
  a: {
    type: ActivityType;
    subject: string;
    body: string | null;
    occurredAt: Date;
    opportunityId: string | null;
    accountId: string;
    actorId: string;
    nextStep: string | null;
    nextStepDueDate: string | null;
  },
) {
  const row = await db.activity.create({
    data: { ...a, nextStepDueDate: dateOrNull(a.nextStepDueDate) },
    select: { id: true, type: true, subject: true, opportunityId: true, accountId: true, nextStep: true, nextStepDueDate: true },
  });
  return { ...row, nextStepDueDate: row.nextStepDueDate?.toISOString().slice(0, 10) ?? null };
}

/** Locks the deal row and returns its current next step and version. */
export async function lockOpportunityNextStep(db: Db, opportunityId: string) {
  const [row] = await db.$queryRaw<{ nextStep: string | null; nextStepDueDate: string | null; version: number }[]>`
    SELECT "nextStep", "nextStepDueDate"::text AS "nextStepDueDate", version FROM "Opportunity" WHERE id = ${opportunityId}::uuid FOR UPDATE`;
  return row ?? null;
}

/** The deal's "다음 단계" from an activity: written with a version bump so an open editor sees a conflict. */
export async function setOpportunityNextStep(db: Db, opportunityId: string, nextStep: string, nextStepDueDate: string | null) {
  await db.opportunity.update({
    where: { id: opportunityId },
    data: { nextStep, nextStepDueDate: dateOrNull(nextStepDueDate), version: { increment: 1 } },
    select: { id: true },
  });
}

/** An account's activities (its own and its deals'), newest first. */
export function listAccountActivities(db: Db, accountId: string, take = 30) {
  return db.activity.findMany({
    where: { accountId },
    orderBy: { occurredAt: 'desc' },
    take,
    select: {
      id: true,
      type: true,
      subject: true,
      body: true,
      occurredAt: true,
      nextStep: true,
      nextStepDueDate: true,
      actor: { select: { name: true } },
      opportunity: { select: { id: true, name: true } },
    },
  });
}

export type WeekItem = {
  kind: 'NEXT_STEP' | 'BID_DEADLINE';
  opportunityId: string;
  opportunityName: string;
  accountName: string;
  text: string | null;
  /** 'YYYY-MM-DD' for a next step, an instant for a bid deadline */
  at: string;
};

/**
 * The rep's own open deals with a next step due up to Sunday (overdue ones included) and bid
 * deadlines from now to the end of Sunday, in date order (index Opportunity(ownerId, nextStepDueDate)).
 */
export async function listThisWeek(
  db: Db,
  ownerId: string,
  w: { sunday: string; bidFrom: Date; bidUntil: Date },
  limit = 50,
): Promise<WeekItem[]> {
  return db.$queryRaw<WeekItem[]>(Prisma.sql`
    (SELECT 'NEXT_STEP' AS kind, o.id AS "opportunityId", o.name AS "opportunityName", a.name AS "accountName",
            o."nextStep" AS text, o."nextStepDueDate"::text AS at
       FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId"
      WHERE o."ownerId" = ${ownerId}::uuid AND o.outcome = 'OPEN' AND o."nextStep" IS NOT NULL
        AND o."nextStepDueDate" <= ${w.sunday}::date
      ORDER BY o."nextStepDueDate", o.id LIMIT ${limit})
    UNION ALL
    (SELECT 'BID_DEADLINE', o.id, o.name, a.name, o."bidNoticeNo", to_char(o."bidDeadline" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
       FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId"
      WHERE o."ownerId" = ${ownerId}::uuid AND o.outcome = 'OPEN'
        AND o."bidDeadline" >= ${w.bidFrom} AND o."bidDeadline" < ${w.bidUntil}
      ORDER BY o."bidDeadline", o.id LIMIT ${limit})
    ORDER BY at`);
}
