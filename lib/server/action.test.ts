import { describe, expect, it, vi } from 'vitest';
import { z } from '@/lib/validation/z';

// anyone can post any arguments to an action id over HTTP; the proof's server-action corpus found
// these three answering 500: a form action given no FormData, and a field named `constructor` or
// `__proto__` (zodFieldErrors pushed onto Object.prototype's member)
vi.mock('@/lib/auth/session', () => ({
  requireSession: async () => ({ userId: '00000000-0000-4000-8000-000000000001', roles: ['ADMIN'], locale: 'en' }),
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));

const { defineAction, defineFormAction } = await import('./action');
const { zodFieldErrors } = await import('./zod-errors');

const schema = z.strictObject({ name: z.string().min(1) });

describe('actions refuse hostile arguments as bad input, never a 500', () => {
  it('a form action given something other than a FormData', async () => {
    const run = vi.fn(async () => 'ran');
    const action = defineFormAction({ schema, permission: 'opportunity:read' }, run);
    for (const arg of [undefined, null, 'x', 42, {}, [], { entries: 1 }])
      await expect(action(null, arg as unknown as FormData)).resolves.toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(run).not.toHaveBeenCalled();
  });

  it('form fields named constructor or __proto__ are unknown fields', async () => {
    const action = defineFormAction({ schema, permission: 'opportunity:read' }, async () => 'ran');
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const form = new FormData();
      form.append('name', 'a');
      form.append(key, 'x');
      form.append(key, 'y');
      const r = await action(null, form);
      expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
      expect(Object.keys((r as { fieldErrors: object }).fieldErrors)).toEqual([key]);
    }
    const ok = new FormData();
    ok.append('name', 'a');
    await expect(action(null, ok)).resolves.toEqual({ ok: true, data: 'ran' });
  });

  it('a JSON argument with those keys, and zodFieldErrors on issues at those paths', async () => {
    const action = defineAction({ schema, permission: 'opportunity:read' }, async () => 'ran');
    const r = await action(JSON.parse('{"name":"a","constructor":1,"__proto__":{"x":1}}'));
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    const issues = ['__proto__', 'constructor', 'constructor', ''].map((k) => ({
      code: 'custom' as const,
      path: k ? [k] : [],
      message: 'm',
      input: 1,
    }));
    const fields = zodFieldErrors(new z.ZodError(issues), 'en');
    expect(Object.keys(fields).sort()).toEqual(['__proto__', '_', 'constructor'].sort());
    expect(fields.constructor).toEqual(['m', 'm']);
  });
});
