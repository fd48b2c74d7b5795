import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PowerMapDiagram, type DiagramLabels, type DiagramPerson } from './diagram';

// The server's HTML draws the map (issue #12: visible at first paint, before any script runs):
// the static view's cards and edges, no React Flow yet (its code loads after the first frame and
// takes over in the browser).

const person = (contactId: string, name: string, reportsToId: string | null, power: number): DiagramPerson => ({
  contactId,
  name,
  title: '부장',
  powerRole: 'INFLUENCER',
  stance: 'SUPPORTER',
  power,
  reportsToId,
  relationshipOwnerName: '홍길동',
});
const labels: DiagramLabels = {
  stance: (s) => s ?? '',
  role: (r) => r ?? '',
  power: (p) => `영향력 ${p}`,
  owner: (n) => `담당 ${n}`,
  nodeLabel: (p) => p.name,
  region: '파워맵',
  controls: { panel: '확대·축소', zoomIn: '확대', zoomOut: '축소', fitView: '전체 보기' },
};

describe('power map diagram on the server', () => {
  it('draws every laid-out card and edge in the HTML, scaled to fit by CSS', () => {
    const people = [
      person('a', '김상무', null, 5),
      person('b', '박부장', 'a', 3),
      person('c', '이과장', 'b', 2),
      person('d', '새사람', 'a', 1),
    ];
    const layout = {
      positions: { a: { x: 50, y: 0 }, b: { x: 0, y: 150 }, c: { x: 10, y: 300 } },
      edges: [
        { id: 'a->b', d: 'M 128 76 L 128 120 L 75 120 L 75 147' },
        { id: 'b->c', d: 'M 75 226 L 75 297' },
      ],
    };
    const html = renderToString(<PowerMapDiagram people={people} layout={layout} labels={labels} editable />);
    expect(html.match(/data-testid="power-map-static-node"/g)).toHaveLength(3); // d is not laid out yet
    expect(html.match(/data-testid="power-map-static-edge"/g)).toHaveLength(2); // the server's paths
    expect(html).toContain('d="M 75 226 L 75 297"');
    expect(html).not.toContain('data-testid="power-map-node"');
    for (const name of ['김상무', '박부장', '이과장']) expect(html).toContain(`data-name="${name}"`);
    expect(html).toContain('elementtiming="power-map-card:a"');
    expect(html).toMatch(/viewBox="[-\d.]+ [-\d.]+ [\d.]+ [\d.]+"/);
    expect(html).toContain('preserveAspectRatio="xMidYMid meet"');
    expect(html).toContain('clamp(');
    expect(html).toContain('border-emerald-600'); // stance colour
    // level of detail: the detail lines are hidden while the view's zoom is under 0.5 — while the pane
    // is narrower than half the fit box (the cards' bounds 270 × 376 plus 10 %: 297 × 413.6) or lower
    expect(html.match(/class="power-map-detail[^"]*"/g)).toHaveLength(6); // two lines on each of 3 cards
    expect(html).toMatch(
      /@container power-map-static-\S+ \(width < 148.5px\) or \(height < 206.8px\) \{ \.power-map-detail \{ display: none; \} \}/,
    );
  });

  it('draws nothing for a map with nobody laid out', () => {
    const html = renderToString(
      <PowerMapDiagram people={[person('a', '김상무', null, 5)]} layout={{ positions: {}, edges: [] }} labels={labels} editable />,
    );
    expect(html).not.toContain('power-map-static-node');
  });
});
