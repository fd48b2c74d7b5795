import { getTranslations } from 'next-intl/server';
import { Input, Label, Select } from '@/components/ui/input';
import { FilterActions } from '@/components/ui/button';
import { Options } from '@/components/forms/options';
import { REPORT_GROUPINGS } from '@/lib/domain/reports/matrix';

type Props = {
  value: Record<string, string | undefined>;
  today: string;
  categories: { id: string; name: string }[];
  owners: { id: string; name: string; isManager: boolean }[];
  fieldErrors: { path: string; message: string }[];
};

// A GET form: works with the keyboard and without JavaScript; the URL carries the report.
export async function ReportFilters({ value, today, categories, owners, fieldErrors }: Props) {
  const t = await getTranslations('reports.filters');
  const tr = await getTranslations('reports');
  const errorOf = (path: string) => fieldErrors.find((f) => f.path === path)?.message;
  const field = (name: string, label: string, control: React.ReactNode, hint?: string) => {
    const err = errorOf(name);
    return (
      <div className="flex min-w-36 flex-col gap-1">
        <Label htmlFor={`f-${name}`}>{label}</Label>
        {control}
        {err ? (
          <p id={`f-${name}-error`} className="text-xs text-rose-700">
            {err}
          </p>
        ) : hint ? (
          <p className="max-w-64 text-xs text-slate-500">{hint}</p>
        ) : null}
      </div>
    );
  };
  const aria = (name: string) => (errorOf(name) ? { 'aria-invalid': true, 'aria-describedby': `f-${name}-error` } : {});
  const rows = REPORT_GROUPINGS.includes(value.rows as never) ? value.rows : 'country';
  return (
    <form
      method="get"
      role="search"
      aria-label={t('legend')}
      className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      {field(
        'rows',
        t('rows'),
        <Select id="f-rows" name="rows" defaultValue={rows} {...aria('rows')}>
          <Options options={REPORT_GROUPINGS.map((g) => [g, tr(`groupings.${g}`)] as const)} />
        </Select>,
      )}
      {field(
        'from',
        t('from'),
        <Input id="f-from" type="date" name="from" defaultValue={value.from ?? ''} {...aria('from')} />,
        t('periodHint'),
      )}
      {field('to', t('to'), <Input id="f-to" type="date" name="to" defaultValue={value.to ?? ''} {...aria('to')} />)}
      {field(
        'owner',
        t('owner'),
        <Select id="f-owner" name="owner" defaultValue={value.owner ?? ''} {...aria('owner')}>
          <Options empty={t('allOwners')} options={owners} />
        </Select>,
      )}
      {owners.some((o) => o.isManager)
        ? field(
            'team',
            t('teamLabel'),
            <Select id="f-team" name="team" defaultValue={value.team ?? ''} {...aria('team')}>
              <Options
                empty={t('allTeams')}
                options={owners.filter((o) => o.isManager).map((o) => ({ id: o.id, name: t('team', { name: o.name }) }))}
              />
            </Select>,
          )
        : null}
      {field(
        'category',
        t('category'),
        <Select id="f-category" name="category" defaultValue={value.category ?? ''} {...aria('category')}>
          <Options empty={t('allCategories')} options={categories} />
        </Select>,
      )}
      {field(
        'asOf',
        t('asOf'),
        <Input id="f-asOf" type="date" name="asOf" max={today} defaultValue={value.asOf ?? ''} {...aria('asOf')} />,
        t('asOfHint'),
      )}
      <FilterActions apply={t('apply')} reset={t('reset')} resetHref="/reports/one-page" className="items-end self-end pb-0.5" />
    </form>
  );
}
