import ELK from 'elkjs/lib/elk.bundled.js';

// Layered layout of the reports-to forest by ELK (managers above their reports). Node size grows
// with power (1..5), so a powerful person is visibly bigger.

export type LayoutPerson = { contactId: string; reportsToId: string | null; power: number | null };
export type Placed = { id: string; x: number; y: number; width: number; height: number };

export const nodeSize = (power: number | null) => {
  const p = power ?? 1;
  return { width: 150 + p * 14, height: 64 + p * 6 };
};

let elk: InstanceType<typeof ELK> | null = null;

export async function layoutPowerMap(people: readonly LayoutPerson[]): Promise<Map<string, Placed>> {
  elk ??= new ELK();
  const ids = new Set(people.map((p) => p.contactId));
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.componentComponent': '40',
    },
    children: people.map((p) => ({ id: p.contactId, ...nodeSize(p.power) })),
    edges: people
      .filter((p) => p.reportsToId && ids.has(p.reportsToId))
      .map((p) => ({ id: `${p.reportsToId}->${p.contactId}`, sources: [p.reportsToId!], targets: [p.contactId] })),
  });
  const out = new Map<string, Placed>();
  for (const c of graph.children ?? []) out.set(c.id, { id: c.id, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
  return out;
}
