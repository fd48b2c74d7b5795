'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { Plus, Printer } from 'lucide-react';
import { DataTable, useColumns } from '@/components/data-table';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { toast } from '@/components/toast';
import { PowerMapDiagram } from '@/components/power-map/diagram';
import { useDiagramLabels } from '@/components/power-map/use-diagram-labels';
import { PowerMapLegend } from '@/components/power-map/legend';
import { PowerMapPersonForm, type PersonFormValues } from '@/components/power-map/person-form';
import { powerMapColumns } from '@/components/power-map/columns';
import type { ActionResult } from '@/lib/server/action';
import type { ServerLayout } from '@/lib/server/power-map-layout';
import type { AddPowerMapPersonInput, PowerMapPersonItem, UpdatePowerMapPersonInput } from '@/lib/validation/power-map';
import { Modal } from '@/components/modal';

type Owner = { id: string; name: string };

export function PowerMapEditor({
  opportunityId,
  people: initial,
  layout,
  owners,
  editable,
  update,
  add,
}: {
  opportunityId: string;
  people: PowerMapPersonItem[];
  /** the cards' places, laid out on the server for `people` */
  layout: ServerLayout;
  owners: Owner[];
  editable: boolean;
  update: (input: UpdatePowerMapPersonInput) => Promise<ActionResult<PowerMapPersonItem>>;
  add: (input: AddPowerMapPersonInput) => Promise<ActionResult<PowerMapPersonItem>>;
}) {
  const t = useTranslations('powerMap');
  const router = useRouter();
  const labels = useDiagramLabels();
  const [people, setPeople] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<{ message: string | null; fields?: Record<string, string[]> }>({ message: null });
  // true while a save is on its way to the server — and only then. (It was a transition's isPending,
  // which React keeps true until every transition started inside it settles, router.refresh()
  // included: on a busy machine the next dialog's 저장 stayed disabled for seconds, so Enter did
  // nothing and the diagram refused drags. The action revalidates the page itself.)
  const [saving, setSaving] = useState(false);
  const run = useCallback(async <T,>(call: () => Promise<ActionResult<T>>) => {
    setSaving(true);
    try {
      return await call();
    } finally {
      setSaving(false);
    }
  }, []);
  // a refreshed server list replaces the local one (derived during render, not in an effect)
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setPeople(initial);
  }

  const put = useCallback((p: PowerMapPersonItem) => setPeople((ps) => ps.map((x) => (x.contactId === p.contactId ? p : x))), []);
  const columns = useColumns(t, powerMapColumns);
  const person = people.find((p) => p.contactId === editing) ?? null;

  const reparent = useCallback(
    (contactId: string, managerId: string) => {
      const p = people.find((x) => x.contactId === contactId);
      const m = people.find((x) => x.contactId === managerId);
      if (!p || !m || p.reportsToId === managerId) return;
      void run(() => update({ opportunityId, contactId, version: p.version, reportsToId: managerId })).then((r) => {
        if (r.ok) {
          put(r.data);
          toast.success(t('moved', { name: p.name, manager: m.name }));
        } else {
          toast.error(r.error);
          if (r.code === 'CONFLICT') router.refresh();
        }
      });
    },
    [people, opportunityId, update, put, router, run, t],
  );
  const open = useCallback((id: string) => {
    setErrors({ message: null });
    setEditing(id);
  }, []);

  const submitEdit = async (v: PersonFormValues) => {
    if (!person) return;
    const { name: _n, title: _t, ...fields } = v;
    const r = await run(() => update({ opportunityId, contactId: person.contactId, version: person.version, ...fields }));
    if (r.ok) {
      put(r.data);
      setEditing(null);
      toast.success(t('saved'));
    } else {
      setErrors({ message: r.error, fields: r.fieldErrors });
      if (r.code === 'CONFLICT') router.refresh();
    }
  };
  const submitAdd = async (v: PersonFormValues) => {
    const r = await run(() => add({ opportunityId, ...v, name: v.name ?? '' }));
    if (r.ok) {
      setPeople((ps) => (ps.some((p) => p.contactId === r.data.contactId) ? ps : [...ps, r.data]));
      setAdding(false);
      toast.success(t('saved'));
    } else setErrors({ message: r.error, fields: r.fieldErrors });
  };

  return (
    <div className="flex flex-col gap-4" data-testid="power-map">
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        {editable ? (
          <Button
            onClick={() => {
              setErrors({ message: null });
              setAdding(true);
            }}
          >
            <Plus aria-hidden className="size-4" /> {t('add')}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => window.print()}>
          <Printer aria-hidden className="size-4" /> {t('print')}
        </Button>
        {editable ? <p className="text-sm text-slate-600">{t('diagramHint')}</p> : null}
      </div>
      <PowerMapLegend />
      {people.length === 0 ? (
        <EmptyState title={t('empty')} description={editable ? t('emptyHint') : undefined} />
      ) : (
        // the diagram across the page (a committee is a wide tree), its table below it at full width:
        // the table is rendered when it comes near the screen (content-visibility), so the first
        // frame lays out and paints the map, not 60 rows nobody sees yet (ADR 015, amendment 3)
        <div className="flex flex-col gap-4 print:block">
          <section aria-label={t('diagram')} className="print:mb-4 print:break-after-page">
            <PowerMapDiagram
              people={people}
              layout={layout}
              labels={labels}
              editable={editable && !saving}
              onReparent={editable ? reparent : undefined}
              onOpen={editable ? open : undefined}
              onLaidOut={(ms) => {
                // the bench reads both: the server's layout time and the browser's draw-to-paint time
                document.documentElement.setAttribute('data-power-map-layout-ms', layout.ms.toFixed(1));
                document.documentElement.setAttribute('data-power-map-layout-cpu-ms', layout.cpuMs.toFixed(1));
                document.documentElement.setAttribute('data-power-map-ms', ms.toFixed(1));
              }}
            />
          </section>
          <section
            aria-label={t('table')}
            className="[contain-intrinsic-block-size:auto_2400px] [content-visibility:auto] print:[content-visibility:visible]"
          >
            <DataTable
              caption={t('table')}
              columns={columns}
              data={people}
              getRowId={(r) => r.contactId}
              onRowOpen={editable ? (r) => open(r.contactId) : undefined}
              rowTestId={() => 'power-map-row'}
              exportHref={`/opportunities/${opportunityId}/power-map/export`}
              maxHeight="none"
              initialSort={{ id: 'name', desc: false }}
              empty={{ title: t('empty') }}
            />
          </section>
        </div>
      )}
      {person ? (
        <Modal open onClose={() => setEditing(null)} title={t('edit', { name: person.name })} testId="power-map-edit">
          <PowerMapPersonForm
            mode="edit"
            person={person}
            people={people}
            owners={owners}
            pending={saving}
            error={errors}
            onSubmit={submitEdit}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}
      {adding ? (
        <Modal open onClose={() => setAdding(false)} title={t('addTitle')} testId="power-map-add">
          <PowerMapPersonForm
            mode="add"
            person={null}
            people={people}
            owners={owners}
            pending={saving}
            error={errors}
            onSubmit={submitAdd}
            onCancel={() => setAdding(false)}
          />
        </Modal>
      ) : null}
    </div>
  );
}
