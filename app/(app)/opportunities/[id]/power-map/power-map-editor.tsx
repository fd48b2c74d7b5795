'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState, useTransition } from 'react';
import { Plus, Printer } from 'lucide-react';
import { DataTable } from '@/components/data-table';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { toast } from '@/components/toast';
import { PowerMapDiagram, type DiagramLabels, type DiagramPerson } from '@/components/power-map/diagram';
import { PowerMapLegend } from '@/components/power-map/legend';
import { PowerMapPersonForm, type PersonFormValues } from '@/components/power-map/person-form';
import { powerMapColumns } from '@/components/power-map/columns';
import type { ActionResult } from '@/lib/server/action';
import type { AddPowerMapPersonInput, PowerMapPersonItem, UpdatePowerMapPersonInput } from '@/lib/validation/power-map';
import { Modal } from '@/components/modal';

type Owner = { id: string; name: string };

export function useDiagramLabels(): DiagramLabels {
  const t = useTranslations('powerMap');
  return useMemo<DiagramLabels>(
    () => ({
      stance: (s) => (s ? t(`stances.${s}`) : t('notSet')),
      role: (r) => (r ? t(`roles.${r}`) : t('notSet')),
      power: (p) => t('powerLevel', { power: p ?? t('notSet') }),
      owner: (n) => t('ownerShort', { name: n ?? t('noOwner') }),
      nodeLabel: (p: DiagramPerson) =>
        t('nodeLabel', {
          name: p.name,
          title: p.title ?? t('notSet'),
          stance: p.stance ? t(`stances.${p.stance}`) : t('notSet'),
          power: p.power ?? t('notSet'),
          role: p.powerRole ? t(`roles.${p.powerRole}`) : t('notSet'),
          owner: p.relationshipOwnerName ?? t('noOwner'),
        }),
      region: t('diagram'),
    }),
    [t],
  );
}

export function PowerMapEditor({
  opportunityId,
  people: initial,
  owners,
  editable,
  update,
  add,
}: {
  opportunityId: string;
  people: PowerMapPersonItem[];
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
  const [revision, setRevision] = useState(0);
  const [pending, start] = useTransition();
  // a refreshed server list replaces the local one (derived during render, not in an effect)
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setPeople(initial);
  }

  const put = useCallback((p: PowerMapPersonItem) => setPeople((ps) => ps.map((x) => (x.contactId === p.contactId ? p : x))), []);
  const columns = useMemo(() => powerMapColumns(t as never), [t]);
  const person = people.find((p) => p.contactId === editing) ?? null;

  const reparent = useCallback(
    (contactId: string, managerId: string) => {
      const p = people.find((x) => x.contactId === contactId);
      const m = people.find((x) => x.contactId === managerId);
      if (!p || !m || p.reportsToId === managerId) return setRevision((r) => r + 1);
      start(async () => {
        const r = await update({ opportunityId, contactId, version: p.version, reportsToId: managerId });
        if (r.ok) {
          put(r.data);
          toast.success(t('moved', { name: p.name, manager: m.name }));
          router.refresh();
        } else {
          toast.error(r.error);
          setRevision((x) => x + 1); // back to the laid-out place
          if (r.code === 'CONFLICT') router.refresh();
        }
      });
    },
    [people, opportunityId, update, put, router, t],
  );
  const open = useCallback((id: string) => {
    setErrors({ message: null });
    setEditing(id);
  }, []);

  const submitEdit = (v: PersonFormValues) =>
    start(async () => {
      if (!person) return;
      const { name: _n, title: _t, ...fields } = v;
      const r = await update({ opportunityId, contactId: person.contactId, version: person.version, ...fields });
      if (r.ok) {
        put(r.data);
        setEditing(null);
        toast.success(t('saved'));
        router.refresh();
      } else setErrors({ message: r.error, fields: r.fieldErrors });
    });
  const submitAdd = (v: PersonFormValues) =>
    start(async () => {
      const r = await add({ opportunityId, ...v, name: v.name ?? '' });
      if (r.ok) {
        setPeople((ps) => [...ps, r.data]);
        setAdding(false);
        toast.success(t('saved'));
        router.refresh();
      } else setErrors({ message: r.error, fields: r.fieldErrors });
    });

  const diagramPeople = useMemo(() => people.map((p) => ({ ...p })), [people]);
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
        <div className="grid gap-4 xl:grid-cols-5 print:block">
          <section aria-label={t('diagram')} className="xl:col-span-3 print:mb-4 print:break-after-page">
            <PowerMapDiagram
              key={revision}
              people={diagramPeople}
              labels={labels}
              editable={editable && !pending}
              onReparent={editable ? reparent : undefined}
              onOpen={editable ? open : undefined}
              onLaidOut={(ms) => document.documentElement.setAttribute('data-power-map-ms', ms.toFixed(1))}
            />
          </section>
          <section aria-label={t('table')} className="xl:col-span-2">
            <DataTable
              caption={t('table')}
              columns={columns}
              data={people}
              getRowId={(r) => r.contactId}
              onRowOpen={editable ? (r) => open(r.contactId) : undefined}
              rowTestId={() => 'power-map-row'}
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
            pending={pending}
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
            pending={pending}
            error={errors}
            onSubmit={submitAdd}
            onCancel={() => setAdding(false)}
          />
        </Modal>
      ) : null}
    </div>
  );
}
