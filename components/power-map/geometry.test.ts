import { describe, expect, it } from 'vitest';
import { FIT, fitBox, fitViewport, layoutBounds, nodeSize } from './geometry';

// The first view of a power map is computed twice: in CSS by the server's static view (an SVG with
// viewBox = fitBox, preserveAspectRatio "meet", its box clamp(minZoom × box, 100 %, maxZoom × box)
// centred in the pane) and in JS by fitViewport for React Flow. The two must agree, or the map
// jumps when React Flow takes over.

/** Where the static view puts a flow point on screen (the CSS above, worked by hand). */
function staticScreen(b: ReturnType<typeof fitBox>, paneW: number, paneH: number, pt: { x: number; y: number }) {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const svgW = clamp(paneW, FIT.minZoom * b.width, FIT.maxZoom * b.width);
  const svgH = clamp(paneH, FIT.minZoom * b.height, FIT.maxZoom * b.height);
  const scale = Math.min(svgW / b.width, svgH / b.height);
  // the svg is centred in the pane, the viewBox centred in the svg ("xMid YMid")
  return { x: paneW / 2 + (pt.x - (b.x + b.width / 2)) * scale, y: paneH / 2 + (pt.y - (b.y + b.height / 2)) * scale, scale };
}

const people = [
  { contactId: 'a', reportsToId: null, power: 5 },
  { contactId: 'b', reportsToId: 'a', power: 1 },
  { contactId: 'c', reportsToId: 'a', power: null },
  { contactId: 'd', reportsToId: 'a', power: 3 }, // not laid out yet
];
const layout = { positions: { a: { x: 100, y: 0 }, b: { x: 0, y: 200 }, c: { x: 400, y: 210 } } };

describe('power map geometry', () => {
  it('bounds cover the laid-out cards only', () => {
    expect(layoutBounds(people, layout)).toEqual({ x: 0, y: 0, width: 400 + nodeSize(null).width, height: 210 + nodeSize(null).height });
    expect(layoutBounds(people, { positions: {} })).toBeNull();
  });

  it.each([
    ['a narrow pane', 300, 560],
    ['a wide pane', 1400, 300],
    ['a pane where the map would be shown over the maximum zoom', 4000, 4000],
  ])('React Flow starts where the static view drew the cards: %s', (_, w, h) => {
    const b = layoutBounds(people, layout)!;
    const v = fitViewport(b, w, h);
    for (const pt of [layout.positions.a, layout.positions.b, { x: 777, y: -30 }]) {
      const s = staticScreen(fitBox(b), w, h, pt);
      expect(v.zoom).toBeCloseTo(s.scale, 9);
      expect(v.x + pt.x * v.zoom).toBeCloseTo(s.x, 6);
      expect(v.y + pt.y * v.zoom).toBeCloseTo(s.y, 6);
    }
  });

  it('fits with the padding, within the zoom range', () => {
    const b = { x: 0, y: 0, width: 1000, height: 100 };
    expect(fitViewport(b, 550, 560).zoom).toBeCloseTo(0.5, 9); // 550 / (1000 × 1.1)
    expect(fitViewport({ ...b, width: 20_000 }, 550, 560).zoom).toBe(FIT.minZoom); // a very wide map: the minimum zoom, centred
    expect(fitViewport({ ...b, width: 20_000 }, 550, 560).x).toBeCloseTo(275 - 10_000 * FIT.minZoom, 9);
    expect(fitViewport({ x: 0, y: 0, width: 10, height: 10 }, 550, 560).zoom).toBe(FIT.maxZoom);
  });
});
