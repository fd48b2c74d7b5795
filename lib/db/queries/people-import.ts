import 'server-only';
import type { Db } from '@/lib/db/client';
import type { ExistingUser, PeoplePlan } from '@/lib/domain/people/import';

// The people import's reads and writes (lib/server/import/people-runner.ts): everyone by email in
// one read, and the plan written set-wise (one statement per kind of change, no query per person).

export async function loadPeopleRefs(db: Db): Promise<{ users: ExistingUser[]; teams: Set<string> }> {
  const [users, teams] = await Promise.all([
    db.$queryRaw<ExistingUser[]>`
      SELECT u.id, lower(u.email) AS email, u.name, u.roles::text[] AS roles, t.name AS team, lower(m.email) AS "managerEmail"
      FROM "User" u LEFT JOIN "Team" t ON t.id = u."teamId" LEFT JOIN "User" m ON m.id = u."managerId"`,
    db.team.findMany({ select: { name: true } }),
  ]);
  return { users, teams: new Set(teams.map((t) => t.name)) };
}

/**
 * Write a plan inside the caller's transaction: missing teams, new people (an unusable password
 * hash until their setup link), changed people (name, roles, team), then every manager by email.
 * Returns the ids of the people created.
 */
export async function writePeoplePlan(db: Db, plan: PeoplePlan, placeholderHash: string): Promise<string[]> {
  if (plan.newTeams.length)
    await db.$executeRaw`INSERT INTO "Team" (name) SELECT unnest(${plan.newTeams}::text[]) ON CONFLICT (name) DO NOTHING`;
  const c = plan.create.map((r) => r.person);
  const created = c.length
    ? await db.$queryRaw<{ id: string }[]>`
        INSERT INTO "User" (email, name, "passwordHash", roles, "teamId", "updatedAt")
        SELECT v.email, v.name, ${placeholderHash}, string_to_array(v.roles, ',')::"Role"[], t.id, now()
        FROM unnest(${c.map((p) => p.email)}::text[], ${c.map((p) => p.name)}::text[], ${c.map((p) => p.roles.join(','))}::text[],
                    ${c.map((p) => p.team)}::text[]) AS v(email, name, roles, team)
        LEFT JOIN "Team" t ON t.name = v.team
        RETURNING id`
    : [];
  const u = plan.update;
  if (u.length)
    await db.$executeRaw`
      UPDATE "User" x SET name = v.name, roles = string_to_array(v.roles, ',')::"Role"[], "teamId" = t.id,
             version = x.version + 1, "updatedAt" = now()
      FROM unnest(${u.map((r) => r.id)}::uuid[], ${u.map((r) => r.person.name)}::text[], ${u.map((r) => r.person.roles.join(','))}::text[],
                  ${u.map((r) => r.person.team)}::text[]) AS v(id, name, roles, team)
      LEFT JOIN "Team" t ON t.name = v.team
      WHERE x.id = v.id`;
  const all = [...c, ...u.map((r) => r.person)];
  if (all.length)
    await db.$executeRaw`
      UPDATE "User" x SET "managerId" = m.id
      FROM unnest(${all.map((p) => p.email)}::text[], ${all.map((p) => p.managerEmail)}::text[]) AS v(email, manager)
      LEFT JOIN "User" m ON lower(m.email) = v.manager
      WHERE lower(x.email) = v.email AND x."managerId" IS DISTINCT FROM m.id`;
  return created.map((r) => r.id);
}
