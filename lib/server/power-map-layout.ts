import 'server-only';
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import { getSmoothStepPath, Position } from '@xyflow/system';
import { HANDLE, layoutKey, nodeSize, type LayoutPerson, type PowerMapLayout } from '@/components/power-map/geometry';

// The power map's layout (issue #12): dagre's layered layout of the reports-to forest (managers
// above their reports), computed on the server once per map and kept. It was ELK's layered
// algorithm (elkjs): for the 60-person bench map dagre takes about a third of ELK's CPU in a warm
// process (35 vs 109 ms measured in Node under load, ELK already at thoroughness 1) and a sixth of
// its first run (54 vs 330 ms: no 1.6 MB GWT bundle to initialise). Keyed by what the layout depends
// on (layoutKey), least recently used dropped past MAX. The edges' paths are drawn here too, with
// React Flow's own smoothstep function (from its framework-free core), so the static view in the
// page's HTML needs no React Flow code in the browser before its first paint. A reports-to map is a
// forest (the commands refuse a cycle), so dagre's crossing-reduction sweeps are skipped.

export const LAYOUT_OPTIONS = {
  rankdir: 'TB', // managers above their reports
  ranksep: 48, // between levels
  nodesep: 28, // between cards of a level
  marginx: 0,
  marginy: 0,
} as const;

function layOut(people: readonly LayoutPerson[]): PowerMapLayout {
  const ids = new Set(people.map((p) => p.contactId));
  const g = new Graph({ multigraph: false, compound: false });
  g.setGraph({ ...LAYOUT_OPTIONS });
  g.setDefaultEdgeLabel(() => ({}));
  for (const p of people) g.setNode(p.contactId, { ...nodeSize(p.power) });
  for (const p of people)
    if (p.reportsToId && ids.has(p.reportsToId) && p.reportsToId !== p.contactId) g.setEdge(p.reportsToId, p.contactId);
  // a forest has an order without crossings, and dagre's first (depth-first) order is one: its
  // crossing-reduction sweeps cannot improve it and took half the layout's time (14 → 7 ms a map)
  dagreLayout(g, { disableOptimalOrderHeuristic: true });
  // dagre places a node's centre; the diagram positions its top-left corner
  const positions: PowerMapLayout['positions'] = {};
  for (const p of people) {
    const n = g.node(p.contactId);
    const size = nodeSize(p.power);
    positions[p.contactId] = { x: Math.round(n.x - size.width / 2), y: Math.round(n.y - size.height / 2) };
  }
  return { positions, edges: edgePaths(people, positions) };
}

/** The reports-to edges between laid-out cards, as React Flow draws them (smoothstep, bottom centre → top centre). */
function edgePaths(people: readonly LayoutPerson[], positions: PowerMapLayout['positions']): PowerMapLayout['edges'] {
  const byId = new Map(people.map((p) => [p.contactId, p]));
  return people.flatMap((p) => {
    const m = p.reportsToId ? byId.get(p.reportsToId) : undefined;
    const from = m ? positions[m.contactId] : undefined;
    const to = positions[p.contactId];
    if (!m || !from || !to) return [];
    const ms = nodeSize(m.power);
    const ps = nodeSize(p.power);
    const [d] = getSmoothStepPath({
      sourceX: from.x + ms.width / 2,
      sourceY: from.y + ms.height + HANDLE / 2,
      sourcePosition: Position.Bottom,
      targetX: to.x + ps.width / 2,
      targetY: to.y - HANDLE / 2,
      targetPosition: Position.Top,
    });
    return [{ id: `${m.contactId}->${p.contactId}`, d }];
  });
}

const MAX = 500;
const cache = new Map<string, PowerMapLayout>();

export type ServerLayout = PowerMapLayout & {
  /** ms this request spent laying out (0 when the map was laid out before) — the bench reads it */
  ms: number;
  /** the process's CPU ms over the same span (≈ the wall time on an idle core) — the bench reads it */
  cpuMs: number;
};

export async function powerMapLayout(people: readonly LayoutPerson[]): Promise<ServerLayout> {
  const key = layoutKey(people);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return { ...hit, ms: 0, cpuMs: 0 };
  }
  const started = performance.now();
  const cpu = process.cpuUsage();
  const layout = layOut(people);
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  cache.set(key, layout);
  if (cache.size > MAX) cache.delete(cache.keys().next().value!);
  return { ...layout, ms, cpuMs: (used.user + used.system) / 1000 };
}
