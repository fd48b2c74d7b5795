'use client';
// The opportunity page's editing pieces: one field edited in place, the reason picker, the stall snooze form.
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Check, Pencil, X } from 'lucide-react';
import type { OpportunityDto } from '@/lib/server/commands/opportunities/serialize';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { Input, Select, Textarea } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { snoozeStallAction } from '../../tiers/actions';
import { Options } from '@/components/forms/options';
import { useFormSubmit } from '@/components/forms/use-form-submit';

export type Opt = { id: string; name: string };
export type Kind = 'text' | 'textarea' | 'money' | 'date' | 'number' | 'select';

export function InlineField({
  field,
  label,
  kind,
  opp,
  display,
  options,
  wide,
  editable,
  pending,
  onSave,
}: {
  field: keyof OpportunityDto;
  label: string;
  kind: Kind;
  opp: OpportunityDto;
  display?: string;
  options?: Opt[];
  wide?: boolean;
  editable: boolean;
  pending: boolean;
  onSave: (field: string, label: string, v: unknown) => Promise<boolean>;
}) {
  const value = opp[field] as string | number | null;
  const tc = useTranslations('common');
  const t = useTranslations('opportunity');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const id = `f-${field}`;
  const shown =
    display ?? (kind === 'select' ? options?.find((o) => o.id === value)?.name : value === null || value === '' ? null : String(value));
  const commit = async () => {
    const v = draft.trim();
    const out = kind === 'number' ? (v === '' ? null : Number(v)) : v === '' ? null : v;
    if (await onSave(field, label, out)) setEditing(false);
  };
  if (!editing)
    return (
      <div className={wide ? 'sm:col-span-2' : undefined} data-testid={`field-${field}`}>
        <div className="text-xs font-medium text-slate-500">{label}</div>
        <div className="group flex items-start gap-1">
          <div
            className={`min-h-6 text-sm whitespace-pre-wrap ${shown ? 'text-slate-900' : 'text-slate-500'}`}
            data-testid={`value-${field}`}
          >
            {shown ?? t('empty')}
          </div>
          {editable ? (
            <button
              type="button"
              className="rounded p-0.5 text-slate-500 opacity-60 group-hover:opacity-100 hover:bg-slate-100 hover:text-slate-700 focus-visible:opacity-100"
              aria-label={t('edit', { field: label })}
              onClick={() => {
                setDraft(value === null ? '' : String(value));
                setEditing(true);
              }}
            >
              <Pencil className="size-3.5" aria-hidden />
            </button>
          ) : null}
        </div>
      </div>
    );
  const common = {
    id,
    value: draft,
    autoFocus: true,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setDraft(e.target.value),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') setEditing(false);
      if (e.key === 'Enter' && kind !== 'textarea') {
        e.preventDefault();
        void commit();
      }
    },
  };
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <Field label={label} htmlFor={id}>
        {kind === 'textarea' ? (
          <Textarea {...common} />
        ) : kind === 'select' ? (
          <Select {...common}>
            <Options empty={'—'} options={options ?? []} />
          </Select>
        ) : (
          <Input
            {...common}
            type={kind === 'date' ? 'date' : 'text'}
            inputMode={kind === 'money' || kind === 'number' ? 'decimal' : undefined}
          />
        )}
      </Field>
      <div className="mt-1 flex gap-1">
        <Button size="sm" onClick={() => void commit()} disabled={pending} aria-label={`${tc('save')}: ${label}`}>
          <Check className="size-3.5" aria-hidden />
          {tc('save')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
          <X className="size-3.5" aria-hidden />
          {tc('cancel')}
        </Button>
      </div>
    </div>
  );
}

export function ReasonPicker({
  label,
  options,
  value,
  editable,
  pending,
  onSave,
  kindLabel,
}: {
  label: string;
  options: { id: string; kind: string; label: string }[];
  value: string[];
  editable: boolean;
  pending: boolean;
  onSave: (ids: string[]) => Promise<boolean>;
  kindLabel: (k: string) => string;
}) {
  const tc = useTranslations('common');
  const [draft, setDraft] = useState<string[] | null>(null);
  const cur = draft ?? value;
  return (
    <fieldset data-testid="reasons">
      <legend className="text-xs font-medium text-slate-500">{label}</legend>
      <div className="mt-1 flex flex-col gap-1">
        {options.map((o) => (
          <label key={o.id} className="inline-flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              disabled={!editable}
              checked={cur.includes(o.id)}
              onChange={(e) => setDraft(e.target.checked ? [...cur, o.id] : cur.filter((x) => x !== o.id))}
            />
            <span className="text-xs text-slate-500">{kindLabel(o.kind)}</span> {o.label}
          </label>
        ))}
      </div>
      {draft ? (
        <Button
          size="sm"
          className="mt-2"
          disabled={pending}
          onClick={async () => {
            if (await onSave(draft)) setDraft(null);
          }}
        >
          {tc('save')}
        </Button>
      ) : null}
    </fieldset>
  );
}

export function SnoozeForm({ opportunityId, onDone }: { opportunityId: string; onDone: (msg: string) => void }) {
  const t = useTranslations('tiers');
  const [error, setError] = useState<string | null>(null);
  const { pending, onSubmit } = useFormSubmit(async (f) => {
    const r = await snoozeStallAction({ opportunityId, until: String(f.get('until')), reason: String(f.get('reason') ?? '') });
    if (r.ok) onDone(t('snooze.done', { date: r.data.stallSnoozedUntil ?? '' }));
    else setError(r.error);
  });
  return (
    <SectionCard title={t('snooze.title')}>
      <form className="grid gap-2" onSubmit={onSubmit}>
        <p className="text-xs text-slate-500">{t('snooze.once')}</p>
        <FormError message={error} />
        <Field label={t('snooze.until')} htmlFor="snooze-until">
          <Input id="snooze-until" name="until" type="date" required />
        </Field>
        <Field label={t('snooze.reason')} htmlFor="snooze-reason">
          <Textarea id="snooze-reason" name="reason" required />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('snooze.submit')}
        </Button>
      </form>
    </SectionCard>
  );
}
