// The bad-input corpus for the server actions: every action id of the build (server-reference
// manifest) called over HTTP as a browser does (POST to a page that uses it, `Next-Action` header,
// the arguments as React encodes them: a JSON array, or multipart fields `1_<name>` for a form
// action's FormData) with a signed-in admin's session cookie. Bodies come from the action's own zod
// schema when the action names one imported from lib/validation (fast-check samples and mutations,
// as for the routes), else hostile values. An action answers 200 with { ok: false, code } for bad
// input; code INTERNAL is its 500 (an unexpected error) and counts as one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { arbitraryFor, HOSTILE, mutate, type Case } from './corpus';
import { root } from './servers';
import { serverActions, type ActionRef } from './sweep';

/**
 * The JSON schema of each action's input, when its source names a schema imported from
 * lib/validation (`defineAction({ schema: x, … })`); `form` when it is a defineFormAction.
 */
export async function actionSchemas(): Promise<Map<string, { form: boolean; schema?: Record<string, unknown> }>> {
  const { z } = await import('../../lib/validation/z');
  const out = new Map<string, { form: boolean; schema?: Record<string, unknown> }>();
  for (const { file, name } of serverActions()) {
    const src = readFileSync(path.join(root, file), 'utf8');
    const def = new RegExp(`export const ${name}\\s*=\\s*(defineFormAction|defineAction)\\(\\s*\\{\\s*schema:\\s*(\\w+)\\s*[,}]`).exec(src);
    const form = def ? def[1] === 'defineFormAction' : /FormData/.test(src.slice(src.indexOf(name), src.indexOf(name) + 300));
    let schema: Record<string, unknown> | undefined;
    const imp = def && new RegExp(`import \\{[^}]*\\b${def[2]}\\b[^}]*\\} from '@/lib/validation/([\\w-]+)'`).exec(src);
    if (imp) {
      const mod = (await import(/* @vite-ignore */ `../../lib/validation/${imp[1]}`)) as Record<string, unknown>;
      const s = mod[def![2]!];
      if (s && typeof s === 'object' && 'safeParse' in s)
        schema = z.toJSONSchema(s as never, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    }
    out.set(`${file}#${name}`, { form, schema });
  }
  return out;
}

/** Actions the corpus leaves out: signing out ends the session every later case needs. */
const LEFT_OUT = new Set(['signOutAction']);

/** Field names that carry a record id, and the table a real one comes from. */
const ID_TABLES: Record<string, string> = {
  opportunityId: 'Opportunity',
  reviewId: 'VrbReview',
  findingId: 'VrbFinding',
  leadId: 'Lead',
  milestoneId: 'PaymentMilestone',
  userId: 'User',
  teamId: 'Team',
  contactId: 'Contact',
  accountId: 'Account',
  competitorId: 'Competitor',
  expertId: 'Expert',
  postmortemId: 'Postmortem',
  actionItemId: 'ActionItem',
  tokenId: 'ApiToken',
};
/** The table an `id` field points at, by the action's file. */
function idTable(file: string) {
  for (const [seg, t] of [
    ['leads', 'Lead'],
    ['receivables', 'PaymentMilestone'],
    ['settings/users', 'User'],
    ['postmortems', 'Postmortem'],
    ['power-map', 'Contact'],
    ['settings', 'ApiToken'],
  ] as const)
    if (file.includes(`/${seg}/`) || file.includes(`/${seg}`)) return t;
  return 'Opportunity';
}

/** `size` cases over the actions, round-robin; ids(table) gives a real id of a table, if any. Deterministic for a seed. */
export function buildActionCorpus(
  actions: ActionRef[],
  schemas: Map<string, { form: boolean; schema?: Record<string, unknown> }>,
  size: number,
  ids: (table: string) => string | undefined,
  cookie: string,
  seed = 7,
): Case[] {
  let state = seed >>> 0;
  const rnd = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const list = actions.filter((a) => !LEFT_OUT.has(a.name));
  const cases: Case[] = [];
  const headers = (a: ActionRef, type: string) => ({
    'next-action': a.id,
    accept: 'text/x-component',
    'content-type': type,
    'accept-language': 'en',
    cookie,
    origin: 'http://127.0.0.1', // replaced by the instance's own origin when sent
  });
  const withRealIds = (o: unknown, file: string) => {
    if (!o || typeof o !== 'object' || Array.isArray(o)) return o;
    const r = { ...(o as Record<string, unknown>) };
    for (const k of Object.keys(r)) {
      const table = k === 'id' ? idTable(file) : ID_TABLES[k];
      const real = table && ids(table);
      if (real && rnd() < 0.6) r[k] = real;
    }
    return r;
  };
  const families = ['schema', 'mutation', 'hostile'] as const;
  for (let i = 0; cases.length < size; i++) {
    const a = list[i % list.length]!;
    const family = families[Math.floor(i / list.length) % families.length]!;
    const info = schemas.get(`${a.file}#${a.name}`) ?? { form: false };
    let arg: unknown;
    if (family === 'hostile' || !info.schema) {
      const keys = Object.keys((info.schema?.properties as object | undefined) ?? { id: 1, name: 1, reason: 1, version: 1 });
      arg = rnd() < 0.3 ? pick(HOSTILE) : Object.fromEntries(keys.map((k) => [k, pick(HOSTILE).slice(0, 3000)]));
    } else {
      const sample = fc.sample(arbitraryFor(info.schema, { paths: {} }), { numRuns: 1, seed: Math.floor(rnd() * 2 ** 31) })[0];
      arg = withRealIds(family === 'mutation' ? mutate(sample, rnd) : sample, a.file);
    }
    const url = a.page;
    if (info.form && arg && typeof arg === 'object' && !Array.isArray(arg)) {
      // (prevState, FormData) as React encodes it: the root array, and the form's fields as `1_<name>`
      const boundary = `----proof${Math.floor(rnd() * 1e12)}`;
      const parts = [['0', '[null,"$K1"]'] as [string, string]].concat(
        Object.entries(arg as Record<string, unknown>).map(([k, v]) => [`1_${k}`, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')]),
      );
      const body = parts
        .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, '_')}"\r\n\r\n${v}\r\n`)
        .join('');
      cases.push({
        family: `action:${family} ${a.file.replace(/^app\//, '')}#${a.name}`,
        method: 'POST',
        url,
        headers: headers(a, `multipart/form-data; boundary=${boundary}`),
        body: `${body}--${boundary}--\r\n`,
      });
    } else {
      // React escapes a string that starts with $ as $$; the JSON array is the argument list
      const escape = (v: unknown): unknown =>
        typeof v === 'string'
          ? v.startsWith('$')
            ? `$${v}`
            : v
          : Array.isArray(v)
            ? v.map(escape)
            : v && typeof v === 'object'
              ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escape(x)]))
              : v;
      cases.push({
        family: `action:${family} ${a.file.replace(/^app\//, '')}#${a.name}`,
        method: 'POST',
        url,
        headers: headers(a, 'text/plain;charset=UTF-8'),
        body: JSON.stringify([escape(arg)]),
      });
    }
  }
  return cases;
}

/** An action's answer: refused ({ ok: false }), accepted ({ ok: true }), or an unexpected error (code INTERNAL). */
export function actionOutcome(text: string): 'accepted' | 'refused' | 'internal' | 'other' {
  if (/"code":"INTERNAL"/.test(text)) return 'internal';
  if (/"ok":false/.test(text)) return 'refused';
  if (/"ok":true/.test(text)) return 'accepted';
  return 'other';
}
