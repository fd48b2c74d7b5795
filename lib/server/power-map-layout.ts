import 'server-only';
import { stratify, tree } from 'd3-hierarchy';
import { getSmoothStepPath, Position } from '@xyflow/system';
import { HANDLE, layoutKey, nodeSize, type LayoutPerson, type PowerMapLayout } from '@/components/power-map/geometry';

// The power map's layout (issue #12): the reports-to forest as a tidy tree (d3-hierarchy's `tree`,
// the Reingold–Tilford / Buchheim algorithm: managers centred above their reports, subtrees packed
// without overlap), computed on the server once per map and kept. Reports-to is a forest — the
// commands refuse a cycle — so a tree layout is exact for it, and it takes well under a millisecond
// for 60 people; it was dagre's layered layout (14–45 ms a fresh map in the server, which the page
// waits for before its first byte), and before that ELK's (ADR 015). Keyed by what the layout
// depends on (layoutKey), least recently used dropped past MAX. The edges' paths are drawn here too,
// with React Flow's own smoothstep function (from its framework-free core), so the static view in
// the page's HTML needs no React Flow code in the browser before its first paint.

export const LAYOUT_OPTIONS = {
  ranksep: 48, // between levels
  nodesep: 28, // between neighbouring cards of a level
} as const;

const ROOT = '\u0000root'; // the forest's trees hang under one invisible root (no contact id looks like it)

/** Each person's manager on this map: none when the manager is not on it, and none for the first of a cycle's members (data from outside the app). */
function managers(people: readonly LayoutPerson[]) {
  const ids = new Set(people.map((p) => p.contactId));
  const up = new Map<string, string | null>(
    people.map((p) => [p.contactId, p.reportsToId && ids.has(p.reportsToId) && p.reportsToId !== p.contactId ? p.reportsToId : null]),
  );
  for (const p of people) {
    const seen = new Set([p.contactId]);
    for (let m = up.get(p.contactId); m; m = up.get(m)) {
      if (m === p.contactId) {
        up.set(p.contactId, null);
        break;
      }
      if (seen.has(m)) break; // a cycle above, not through p: cut when its own first member comes
      seen.add(m);
    }
  }
  return up;
}

type Row = Pick<LayoutPerson, 'contactId' | 'power'>;

function layOut(people: readonly LayoutPerson[]): PowerMapLayout {
  const up = managers(people);
  const rows: Row[] = [{ contactId: ROOT, power: null }, ...people];
  const root = stratify<Row>()
    .id((d) => d.contactId)
    .parentId((d) => (d.contactId === ROOT ? null : (up.get(d.contactId) ?? ROOT)))(rows);
  const width = (d: Row) => (d.contactId === ROOT ? 0 : nodeSize(d.power).width);
  // x in pixels: neighbours' centres half their widths apart plus the gap; y from the levels below
  tree<Row>()
    .nodeSize([1, 1])
    .separation((a, b) => (width(a.data) + width(b.data)) / 2 + LAYOUT_OPTIONS.nodesep)(root);
  // each level as tall as its tallest card, cards centred on their level (depth 1 = the top)
  const tallest: number[] = [];
  for (const n of root.descendants())
    if (n.depth) tallest[n.depth - 1] = Math.max(tallest[n.depth - 1] ?? 0, nodeSize(n.data.power).height);
  const middle: number[] = [];
  tallest.forEach((h, i) => (middle[i] = i ? middle[i - 1]! + tallest[i - 1]! / 2 + LAYOUT_OPTIONS.ranksep + h / 2 : h / 2));
  const cards = root.descendants().filter((n) => n.depth);
  const left = Math.min(...cards.map((n) => n.x! - width(n.data) / 2));
  const positions: PowerMapLayout['positions'] = {};
  for (const n of cards) {
    const size = nodeSize(n.data.power);
    positions[n.data.contactId] = { x: Math.round(n.x! - size.width / 2 - left), y: Math.round(middle[n.depth - 1]! - size.height / 2) };
  }
  return { positions, edges: edgePaths(people, up, positions) };
}

/** The reports-to edges between laid-out cards, as React Flow draws them (smoothstep, bottom centre → top centre). */
function edgePaths(
  people: readonly LayoutPerson[],
  up: ReadonlyMap<string, string | null>,
  positions: PowerMapLayout['positions'],
): PowerMapLayout['edges'] {
  const byId = new Map(people.map((p) => [p.contactId, p]));
  return people.flatMap((p) => {
    const manager = up.get(p.contactId);
    const m = manager ? byId.get(manager) : undefined;
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
