import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { PATCH as patchLead } from '@/app/api/v1/leads/[id]/route';
import { POST as disqualifyLead } from '@/app/api/v1/leads/[id]/disqualify/route';
import { PATCH as patchOpportunity } from '@/app/api/v1/opportunities/[id]/route';
import { POST as cancelReviewRoute } from '@/app/api/v1/vrb-reviews/[id]/cancel/route';
import { PUT as assessmentRoute } from '@/app/api/v1/vrb-reviews/[id]/assessment/route';
import { POST as answerRoute } from '@/app/api/v1/vrb-findings/[id]/answer/route';
import { POST as savePostmortemRoute } from '@/app/api/v1/opportunities/[id]/postmortem/route';
import { POST as amendRoute } from '@/app/api/v1/postmortems/[id]/amendments/route';
import { POST as completeRoute } from '@/app/api/v1/action-items/[id]/complete/route';
import { PATCH as patchMilestone } from '@/app/api/v1/payment-milestones/[id]/route';
import { POST as addMilestoneRoute } from '@/app/api/v1/opportunities/[id]/payment-milestones/route';
import { POST as decideTierRoute } from '@/app/api/v1/tier-reviews/[id]/decisions/route';
import { PATCH as patchAccount } from '@/app/api/v1/accounts/[id]/route';
import { PATCH as patchContact } from '@/app/api/v1/contacts/[id]/route';
import { raiseFinding, scheduleReview } from '@/lib/server/commands/vrb';
import { savePostmortem } from '@/lib/server/commands/postmortems';
import { addMilestone } from '@/lib/server/commands/receivables';
import { startTierReview } from '@/lib/server/commands/tier-reviews';
import { savePostmortemSchema } from '@/lib/validation/postmortems';
import { addMilestoneSchema } from '@/lib/validation/receivables';
import { callApi } from '../setup/api-contract';
import { createAccount, createContact, createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// Issue 14: "권한이 없습니다", never "not found", for a record the user can read. Everyone signed in
// reads the pipeline and what hangs off it (lib/domain/access mayRead), so a user who reads a record
// but may not do the action gets 403 FORBIDDEN; a missing record — or a lead a rep cannot read
// (lib/domain/access/leads.ts) — is 404. One table: (record kind, actor, action) → HTTP status, and
// nothing is written by a refusal.

type Handler = Parameters<typeof callApi>[0];
type Method = 'POST' | 'PATCH' | 'PUT';
type Endpoint = { kind: string; handler: Handler; method: Method; url: (id: string) => string; body: unknown };
/** A route under test: the record kind it acts on, its handler, 'METHOD /path/{id}' and a body it would accept. */
function endpoint(kind: string, handler: Handler, route: `${Method} /api/v1/${string}`, body: unknown): Endpoint {
  const [method, path] = route.split(' ') as [Method, string];
  return { kind, handler, method, url: (id) => path.replace('{id}', id), body };
}
type Row = { endpoint: Endpoint; actor: string; action: string; id: string; expected: 403 | 404 };

const MISSING = '00000000-0000-4000-8000-000000000000';

async function world() {
  await db.vrbStage.create({
    data: { order: 1, code: 'QUALIFICATION', nameKo: '사업기회 검증', nameEn: 'Qualification', requiredDomains: ['FINANCE'] },
  });
  const manager = await createUser({ roles: ['SALES_MANAGER'] });
  const rep = await createUser({ roles: ['SALES_REP'], managerId: manager.id });
  const otherManager = await createUser({ roles: ['SALES_MANAGER'] });
  const otherRep = await createUser({ roles: ['SALES_REP'], managerId: otherManager.id });
  const finance = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'] });
  const executive = await createUser({ roles: ['EXECUTIVE'] });
  const s = (u: Parameters<typeof sessionFor>[0]) => sessionFor(u);

  await db.reason.create({ data: { kind: 'DISQUALIFY', code: 'NO_BUDGET', labelKo: '예산 없음', labelEn: 'No budget' } });
  const lead = await db.lead.create({
    data: {
      dedupeKey: 'e:kim@acme.co.kr',
      email: 'kim@acme.co.kr',
      name: '김담당',
      company: '애크미',
      phone: '+821012345678',
      temperature: 'HOT',
      need: '클라우드 전환',
      companyDomain: 'acme.co.kr',
      status: 'SQL',
      ownerId: rep.id,
    },
  });
  const account = await createAccount();
  const contact = await createContact({ accountId: account.id });
  const opp = await createOpportunity({ ownerId: rep.id, accountId: account.id, tier: 3 });
  const review = await scheduleReview(db, s(rep), opp.id, { stage: 1, scheduledAt: new Date(Date.now() + 3 * 86_400_000) });
  const finding = await raiseFinding(db, s(finance), review.id, { issue: '원가 근거', severity: 'HIGH', requiredFix: '재산정' });
  const lost = await createOpportunity({ ownerId: rep.id, tier: 0, outcome: 'LOST' });
  await db.opportunity.update({ where: { id: lost.id }, data: { closedAt: new Date('2026-10-01T00:00:00Z'), lastOpenTier: 1 } });
  const pm = await savePostmortem(db, s(rep), savePostmortemSchema.parse({ opportunityId: lost.id, summary: '가격 경쟁력 부족' }));
  const postmortem = pm.postmortem;
  const item = await db.actionItem.create({ data: { postmortemId: postmortem.id, title: '원가 모델 개선', ownerId: rep.id } });
  const won = await createOpportunity({ ownerId: rep.id, tier: 0, outcome: 'WON', amount: '100000000' });
  const milestone = await addMilestone(
    db,
    s(rep),
    addMilestoneSchema.parse({ opportunityId: won.id, kind: 'DOWN_PAYMENT', amount: '30000000', dueDate: '2027-01-31' }),
  );
  const tierReview = await startTierReview(db, s(manager), { period: 'WEEKLY' });
  return {
    manager,
    rep,
    otherManager,
    otherRep,
    executive,
    lead,
    account,
    contact,
    opp,
    review,
    finding,
    lost,
    postmortem,
    item,
    won,
    milestone,
    tierReview,
  };
}

describe('refusals: 403 for a record the user reads, 404 only for one they cannot (issue 14)', () => {
  test('(record kind, actor, action) → status; the body says 권한이 없습니다; nothing written', async () => {
    const w = await world();
    const endpoints = {
      editLead: endpoint('lead', patchLead, 'PATCH /api/v1/leads/{id}', { version: 1, name: 'x' }),
      disqualify: endpoint('lead', disqualifyLead, 'POST /api/v1/leads/{id}/disqualify', { reason: 'NO_BUDGET' }),
      editOpportunity: endpoint('opportunity', patchOpportunity, 'PATCH /api/v1/opportunities/{id}', { version: 1, name: 'x' }),
      editAccount: endpoint('account', patchAccount, 'PATCH /api/v1/accounts/{id}', { version: 1, name: 'x' }),
      editContact: endpoint('contact', patchContact, 'PATCH /api/v1/contacts/{id}', { version: 1, name: 'x' }),
      cancelReview: endpoint('VRB review', cancelReviewRoute, 'POST /api/v1/vrb-reviews/{id}/cancel', { reason: '일정' }),
      assess: endpoint('VRB review', assessmentRoute, 'PUT /api/v1/vrb-reviews/{id}/assessment', {
        scores: [{ criterion: 'LEGAL_RISK', score: 3 }],
      }),
      answer: endpoint('finding', answerRoute, 'POST /api/v1/vrb-findings/{id}/answer', { answer: 'x', version: 1 }),
      writePostmortem: endpoint('postmortem', savePostmortemRoute, 'POST /api/v1/opportunities/{id}/postmortem', {
        summary: '남의 건',
        version: 1,
      }),
      amend: endpoint('postmortem', amendRoute, 'POST /api/v1/postmortems/{id}/amendments', { body: '정정' }),
      complete: endpoint('action item', completeRoute, 'POST /api/v1/action-items/{id}/complete', { note: 'x' }),
      addMilestone: endpoint('receivable', addMilestoneRoute, 'POST /api/v1/opportunities/{id}/payment-milestones', {
        kind: 'BALANCE',
        amount: '1000',
        dueDate: '2027-06-30',
      }),
      editMilestone: endpoint('milestone', patchMilestone, 'PATCH /api/v1/payment-milestones/{id}', { amount: '5', version: 1 }),
      decideTier: endpoint('tier review', decideTierRoute, 'POST /api/v1/tier-reviews/{id}/decisions', {
        opportunityId: w.opp.id,
        decision: 'HOLD',
        nextStep: '재방문',
        nextStepDueDate: '2027-01-15',
      }),
    };
    const rows: Row[] = [
      // a record the actor reads but may not change: 403. Leads: a manager reads every lead but changes only their
      // team's and unassigned ones
      { endpoint: endpoints.editLead, actor: "another team's manager", action: 'edit', id: w.lead.id, expected: 403 },
      { endpoint: endpoints.disqualify, actor: "another team's manager", action: 'disqualify', id: w.lead.id, expected: 403 },
      { endpoint: endpoints.editOpportunity, actor: 'another rep', action: 'edit', id: w.opp.id, expected: 403 },
      { endpoint: endpoints.editAccount, actor: 'an executive (no account:edit)', action: 'edit', id: w.account.id, expected: 403 },
      { endpoint: endpoints.editContact, actor: 'an executive (no account:edit)', action: 'edit', id: w.contact.id, expected: 403 },
      { endpoint: endpoints.cancelReview, actor: 'another rep', action: 'cancel', id: w.review.id, expected: 403 },
      { endpoint: endpoints.cancelReview, actor: "another team's manager", action: 'cancel', id: w.review.id, expected: 403 },
      { endpoint: endpoints.assess, actor: 'another rep', action: 'assess', id: w.review.id, expected: 403 },
      { endpoint: endpoints.answer, actor: 'another rep', action: 'answer', id: w.finding.id, expected: 403 },
      { endpoint: endpoints.writePostmortem, actor: 'another rep', action: 'write', id: w.lost.id, expected: 403 },
      { endpoint: endpoints.amend, actor: "another team's manager", action: 'amend', id: w.postmortem.id, expected: 403 },
      { endpoint: endpoints.complete, actor: 'another rep', action: 'complete', id: w.item.id, expected: 403 },
      { endpoint: endpoints.addMilestone, actor: 'another rep', action: 'add a milestone', id: w.won.id, expected: 403 },
      { endpoint: endpoints.editMilestone, actor: 'another rep', action: 'edit', id: w.milestone.id, expected: 403 },
      { endpoint: endpoints.editMilestone, actor: "another team's manager", action: 'edit', id: w.milestone.id, expected: 403 },
      { endpoint: endpoints.decideTier, actor: "another team's manager", action: 'decide', id: w.tierReview.id, expected: 403 },
      // a missing record, or a lead a rep cannot read (reps read only their own): 404
      { endpoint: endpoints.disqualify, actor: 'another rep (cannot read it)', action: 'disqualify', id: w.lead.id, expected: 404 },
      { endpoint: endpoints.editLead, actor: "another team's manager", action: 'edit a missing one', id: MISSING, expected: 404 },
      { endpoint: endpoints.cancelReview, actor: 'another rep', action: 'cancel a missing one', id: MISSING, expected: 404 },
      { endpoint: endpoints.answer, actor: 'another rep', action: 'answer a missing one', id: MISSING, expected: 404 },
      { endpoint: endpoints.amend, actor: 'another rep', action: 'amend a missing one', id: MISSING, expected: 404 },
      { endpoint: endpoints.editMilestone, actor: 'another rep', action: 'edit a missing one', id: MISSING, expected: 404 },
    ];
    const actorOf: Record<string, { id: string }> = {
      "another team's manager": w.otherManager,
      'another rep (cannot read it)': w.otherRep,
      'another rep': w.otherRep,
      'an executive (no account:edit)': w.executive,
    };
    const tokens = new Map<string, string>();
    for (const u of Object.values(actorOf)) if (!tokens.has(u.id)) tokens.set(u.id, await tokenFor(u.id)); // issuing one is audited
    const snapshot = () =>
      Promise.all([
        db.auditLog.count(),
        db.lead.findUniqueOrThrow({ where: { id: w.lead.id }, select: { version: true, status: true } }),
        db.vrbReview.findUniqueOrThrow({ where: { id: w.review.id }, select: { status: true, version: true } }),
        db.paymentMilestone.count(),
        db.postmortemAmendment.count(),
        db.actionItem.count({ where: { doneAt: { not: null } } }),
        db.tierReviewItem.count({ where: { decision: { not: null } } }),
      ]);
    const before = await snapshot();
    const got: string[] = [];
    const want: string[] = [];
    for (const row of rows) {
      const actor = actorOf[row.actor]!;
      const { kind, handler, method, url, body } = row.endpoint;
      const res = await callApi(handler, url(row.id), {
        method,
        token: tokens.get(actor.id),
        params: { id: row.id },
        body,
        headers: { 'accept-language': 'ko-KR' },
      });
      const line = `${kind} · ${row.actor} · ${row.action} →`;
      got.push(`${line} ${res.status} ${res.json?.error?.code ?? ''}`);
      want.push(`${line} ${row.expected} ${row.expected === 403 ? 'FORBIDDEN' : 'NOT_FOUND'}`);
      if (res.status === 403) expect(res.json.error.message, line).toContain('권한이 없습니다');
      if (res.status === 404) expect(res.json.error.message, line).not.toContain('권한');
    }
    expect(got).toEqual(want);
    expect(await snapshot()).toEqual(before);
  });
});
