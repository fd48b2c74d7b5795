// The power map's geometry shared by the server's layout (lib/server/power-map-layout.ts) and the
// diagram: card size by power (1..5, a powerful person is visibly bigger) and the layout's shape.

export type LayoutPerson = { contactId: string; reportsToId: string | null; power: number | null };
/** Where each card goes (top-left, flow coordinates), by contact id. */
export type PowerMapLayout = { positions: Record<string, { x: number; y: number }> };

export const nodeSize = (power: number | null) => {
  const p = power ?? 1;
  return { width: 150 + p * 14, height: 64 + p * 6 };
};

/** What the layout depends on: who is on the map (in order), who reports to whom, and power (size). */
export const layoutKey = (people: readonly LayoutPerson[]) =>
  people.map((p) => `${p.contactId}:${p.reportsToId ?? ''}:${p.power ?? ''}`).join('|');
