import { useId } from 'react';
import { CardFace, type DiagramLabels, type DiagramPerson } from './card-face';
import { FIT, HANDLE, LOD, fitBox, nodeSize, type Bounds, type PowerMapLayout } from './geometry';

/**
 * The map as the server's HTML draws it, before any script runs and until React Flow's code has
 * loaded: one SVG whose viewBox is the fit box (fitBox), scaled by the browser to fit the pane
 * ("meet"), in a box whose size is clamped so the scale stays in [minZoom, maxZoom] — the same view
 * fitViewport gives React Flow, which then takes its place. Cards are the same faces in
 * foreignObjects; the edges are the server's paths (lib/server/power-map-layout.ts); edges, dots and
 * handles use React Flow's own classes. Hidden from assistive technology: the table below it is the
 * accessible twin, and React Flow's cards (with their buttons) take its place.
 * Level of detail: the view's zoom is min(pane width / fit box width, pane height / fit box height)
 * (clamped), so it is under LOD.detailZoom exactly when the pane is narrower or lower than that
 * share of the fit box — a container query on the pane, which hides the cards' detail lines.
 */
export function StaticDiagram({
  people,
  layout,
  labels,
  bounds,
}: {
  people: DiagramPerson[];
  layout: PowerMapLayout;
  labels: DiagramLabels;
  bounds: Bounds;
}) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const pattern = `power-map-dots-${id}`;
  const container = `power-map-static-${id}`;
  const box = fitBox(bounds);
  const [lodWidth, lodHeight] = [LOD.detailZoom * box.width, LOD.detailZoom * box.height];
  const clampPx = (flow: number) => `clamp(${FIT.minZoom * flow}px, 100%, ${FIT.maxZoom * flow}px)`;
  const far = 100_000;
  return (
    <div
      className="react-flow"
      style={{ position: 'absolute', inset: 0, overflow: 'hidden', containerType: 'size', containerName: container }}
      aria-hidden
      data-testid="power-map-static"
    >
      <style>{`@container ${container} (width < ${lodWidth}px) or (height < ${lodHeight}px) { .power-map-detail { display: none; } }`}</style>
      <svg
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        preserveAspectRatio="xMidYMid meet"
        style={{
          position: 'absolute',
          left: '50%',
          top: '50%',
          translate: '-50% -50%',
          width: clampPx(box.width),
          height: clampPx(box.height),
          overflow: 'hidden',
        }}
      >
        <defs>
          {/* React Flow's Background: a 1-unit dot every 20 units, the tiles centred on the origin */}
          <pattern id={pattern} x={-10} y={-10} width={20} height={20} patternUnits="userSpaceOnUse">
            <circle cx={0.5} cy={0.5} r={0.5} className="react-flow__background-pattern dots" />
          </pattern>
        </defs>
        <rect x={box.x - far} y={box.y - far} width={2 * far} height={2 * far} fill={`url(#${pattern})`} className="print:hidden" />
        {layout.edges.map((e) => (
          <path key={e.id} d={e.d} className="react-flow__edge-path" data-testid="power-map-static-edge" />
        ))}
        {people.map((p) => {
          const at = layout.positions[p.contactId];
          if (!at) return null;
          const s = nodeSize(p.power);
          // room around the card for the handles (half of each sticks out) and the shadow
          const m = 2 * HANDLE;
          return (
            <foreignObject key={p.contactId} x={at.x - m} y={at.y - m} width={s.width + 2 * m} height={s.height + 2 * m}>
              <div style={{ padding: m }}>
                <CardFace person={p} labels={labels} dropTarget={false} testId="power-map-static-node" decorative>
                  <div className="react-flow__handle react-flow__handle-top !bg-slate-500" />
                  <div className="react-flow__handle react-flow__handle-bottom !bg-slate-500" />
                </CardFace>
              </div>
            </foreignObject>
          );
        })}
      </svg>
    </div>
  );
}
