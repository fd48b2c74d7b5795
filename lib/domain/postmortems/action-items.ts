// A postmortem's action items as their table shows them — the record page and its CSV/XLSX export
// (GET /postmortems/{id}/export): one mapping, so the two never disagree on "overdue".

export type ActionItemIn = {
  id: string;
  title: string;
  owner: { name: string } | null;
  dueDate: Date | null;
  doneAt: Date | null;
  doneNote: string | null;
};

/** `today` is the Korean calendar day ('YYYY-MM-DD'): an open item due before it is overdue. */
export function actionItemRows(items: readonly ActionItemIn[], today: string) {
  return items.map((a) => ({
    id: a.id,
    title: a.title,
    ownerName: a.owner?.name ?? null,
    dueDate: a.dueDate,
    doneAt: a.doneAt,
    doneNote: a.doneNote,
    overdue: !a.doneAt && !!a.dueDate && a.dueDate.toISOString().slice(0, 10) < today,
  }));
}
