// The power map's geometry shared by the server's layout (lib/server/power-map-layout.ts) and the
// diagram: card size by power (1..5, a powerful person is visibly bigger) and the layout's shape.

export type LayoutPerson = { contactId: string; reportsToId: string | null; power: number | null };
/**
 * Where each card goes (top-left, flow coordinates), by contact id, and the reports-to edges between
 * laid-out cards as SVG paths (the server's static view draws them; React Flow draws its own).
 */
export type PowerMapLayout = { positions: Record<string, { x: number; y: number }>; edges: { id: string; d: string }[] };

export const nodeSize = (power: number | null) => {
  const p = power ?? 1;
  return { width: 150 + p * 14, height: 64 + p * 6 };
};

/** What the layout depends on: who is on the map (in order), who reports to whom, and power (size). */
export const layoutKey = (people: readonly LayoutPerson[]) =>
  people.map((p) => `${p.contactId}:${p.reportsToId ?? ''}:${p.power ?? ''}`).join('|');

/** The first view of a map: the whole map fitted in the diagram with this padding, zoom kept in [minZoom, maxZoom]. */
export const FIT = { padding: 0.1, minZoom: 0.2, maxZoom: 2 } as const;
/**
 * Level of detail: below this zoom a card's detail lines (12 px in flow units, under 6 px on screen)
 * are not drawn — the card shows its colour, size, role icon and name, as maps and design tools
 * do when zoomed out; zooming in (or the table below the map) shows the rest.
 */
export const LOD = { detailZoom: 0.5 } as const;
/** The cards' connection points (React Flow's 6 px handles, centred on the top and bottom edges). */
export const HANDLE = 6;

export type Bounds = { x: number; y: number; width: number; height: number };

/** The box around every laid-out card (flow coordinates); null for a map with nobody laid out. */
export function layoutBounds(people: readonly LayoutPerson[], layout: Pick<PowerMapLayout, 'positions'>): Bounds | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of people) {
    const at = layout.positions[p.contactId];
    if (!at) continue;
    const s = nodeSize(p.power);
    x0 = Math.min(x0, at.x);
    y0 = Math.min(y0, at.y);
    x1 = Math.max(x1, at.x + s.width);
    y1 = Math.max(y1, at.y + s.height);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The area the first view shows, in flow coordinates: the bounds and the padding around them, centred on the bounds. */
export function fitBox(b: Bounds) {
  const width = Math.max(1, b.width * (1 + FIT.padding));
  const height = Math.max(1, b.height * (1 + FIT.padding));
  return { x: b.x + b.width / 2 - width / 2, y: b.y + b.height / 2 - height / 2, width, height };
}

/**
 * The viewport (translate, zoom) that shows fitBox(b) in a width × height pane: the largest zoom
 * that fits it, clamped to FIT's range, its centre at the pane's centre. The server's static view
 * does the same in CSS (an SVG viewBox with preserveAspectRatio "meet" in a box clamped to
 * [minZoom, maxZoom] × the fit box), so React Flow starts exactly where the static view was.
 */
export function fitViewport(b: Bounds, width: number, height: number) {
  const box = fitBox(b);
  const fit = Math.min(width / box.width, height / box.height);
  const zoom = Math.min(FIT.maxZoom, Math.max(FIT.minZoom, fit));
  return { x: width / 2 - (box.x + box.width / 2) * zoom, y: height / 2 - (box.y + box.height / 2) * zoom, zoom };
}
