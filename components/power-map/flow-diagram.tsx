'use client';
// React Flow's view of the power map (interactive: drag a card onto its new manager, open a card),
// loaded by diagram.tsx after the first paint; it takes the static view's place with the same view.
import {
  Background,
  Controls,
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
  type Viewport,
  useReactFlow,
  useStore,
  ReactFlowProvider,
  applyNodeChanges,
} from '@xyflow/react';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CardFace, type CardData } from './card-face';
import { FIT, HANDLE, LOD, fitViewport, layoutBounds, nodeSize } from './geometry';
import { StaticDiagram } from './static-diagram';
import type { DiagramProps } from './diagram';

type CardNode = Node<CardData, 'person'>;

const PersonCard = memo(function PersonCard({ data }: NodeProps<CardNode>) {
  return (
    <CardFace {...data} testId="power-map-node">
      <Handle type="target" position={Position.Top} className="!bg-slate-500" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} className="!bg-slate-500" isConnectable={false} />
    </CardFace>
  );
});

const nodeTypes = { person: PersonCard };

/** Where a card's edges meet it (React Flow's handles, given up front so edges draw without a measuring pass). */
function cardHandles(width: number, height: number) {
  const h = HANDLE;
  return [
    { type: 'target' as const, position: Position.Top, x: width / 2 - h / 2, y: -h / 2, width: h, height: h },
    { type: 'source' as const, position: Position.Bottom, x: width / 2 - h / 2, y: height - h / 2, width: h, height: h },
  ];
}

function Diagram({ people, layout, labels, editable, onReparent, onOpen, onLaidOut, since }: DiagramProps & { since: number }) {
  const flow = useReactFlow<CardNode>();
  const pane = useRef<HTMLDivElement>(null);
  const firstLayout = useRef(layout);
  const bounds = useMemo(() => layoutBounds(people, layout), [people, layout]);
  // React Flow's first viewport: null until the pane is measured — until then the static view still
  // shows the map; then React Flow takes its place with the same view (no fitView, no measuring
  // pass: the cards' sizes and handles are given)
  const [start, setStart] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const el = pane.current!;
    const b = layoutBounds(people, firstLayout.current);
    setStart(b ? fitViewport(b, el.clientWidth, el.clientHeight) : { x: 0, y: 0, zoom: 1 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // One node object per person, rebuilt only when the people, the layout or the labels change;
  // a drag then changes one node (applyNodeChanges keeps the others' identity, so the memoised
  // cards do not re-render on every pointer move).
  const base = useMemo<CardNode[]>(
    () =>
      people.flatMap((p) => {
        const at = layout.positions[p.contactId];
        // the size is known (by power): React Flow draws the card without waiting to measure it
        const size = nodeSize(p.power);
        return at
          ? [
              {
                id: p.contactId,
                type: 'person' as const,
                position: at,
                ...size,
                handles: cardHandles(size.width, size.height),
                data: { person: p, labels, onOpen, dropTarget: false },
              },
            ]
          : [];
      }),
    [people, layout, labels, onOpen],
  );
  const [nodes, setNodes] = useState(base);
  const [seen, setSeen] = useState(base);
  if (seen !== base) {
    setSeen(base);
    setNodes(base);
  }
  const dropTarget = useRef<string | null>(null);
  const markDropTarget = useCallback((id: string | null) => {
    const was = dropTarget.current;
    if (was === id) return;
    dropTarget.current = id;
    setNodes((ns) => ns.map((n) => (n.id === was || n.id === id ? { ...n, data: { ...n.data, dropTarget: n.id === id } } : n)));
  }, []);
  const backToPlace = useCallback(
    (id: string) => {
      const at = layout.positions[id];
      if (at) setNodes((ns) => ns.map((n) => (n.id === id ? { ...n, position: at } : n)));
    },
    [layout],
  );

  const edges = useMemo<Edge[]>(() => {
    const drawn = new Set(base.map((n) => n.id));
    return people
      .filter((p) => p.reportsToId && drawn.has(p.reportsToId) && drawn.has(p.contactId))
      .map((p) => ({ id: `${p.reportsToId}->${p.contactId}`, source: p.reportsToId!, target: p.contactId, type: 'smoothstep' }));
  }, [people, base]);

  // React Flow drew a layout: the first one in its starting view; a later one (after an edit) is
  // fitted the same way. Reported once painted.
  const live = start !== null;
  useLayoutEffect(() => {
    if (!live) return;
    let on = true;
    const first = layout === firstLayout.current;
    const from = first ? since : performance.now();
    const el = pane.current;
    if (!first && bounds && el) void flow.setViewport(fitViewport(bounds, el.clientWidth, el.clientHeight));
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!on) return;
        performance.mark('power-map:painted');
        onLaidOut?.(performance.now() - from);
      }),
    );
    return () => {
      on = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, live]);

  // the drop target is the card under the pointer (not any card the dragged one overlaps)
  const hit = useCallback(
    (event: MouseEvent | TouchEvent, dragged: string) => {
      const pt = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!pt) return null;
      const at = flow.screenToFlowPosition({ x: pt.clientX, y: pt.clientY });
      return flow.getIntersectingNodes({ x: at.x, y: at.y, width: 1, height: 1 }).find((n) => n.id !== dragged)?.id ?? null;
    },
    [flow],
  );

  // React Flow's own words (its controls' labels) in the user's language
  const ariaLabels = useMemo(
    () => ({
      'controls.ariaLabel': labels.controls.panel,
      'controls.zoomIn.ariaLabel': labels.controls.zoomIn,
      'controls.zoomOut.ariaLabel': labels.controls.zoomOut,
      'controls.fitView.ariaLabel': labels.controls.fitView,
    }),
    [labels.controls],
  );
  // level of detail: zoomed out below LOD.detailZoom, the cards' detail lines are not drawn (one
  // attribute on the pane and a rule in globals.css: crossing the threshold re-renders no card)
  const overview = useStore((s) => s.transform[2] < LOD.detailZoom);

  return (
    <div ref={pane} className="relative h-full w-full" data-lod={live && overview ? 'overview' : undefined}>
      {start === null ? (
        bounds ? (
          <StaticDiagram people={people} layout={layout} labels={labels} bounds={bounds} />
        ) : null
      ) : (
        <ReactFlow<CardNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={(changes) => setNodes((ns) => applyNodeChanges(changes, ns))}
          nodesDraggable={editable}
          nodesConnectable={false}
          elementsSelectable={editable}
          onNodeDrag={(event, node) => markDropTarget(hit(event, node.id))}
          onNodeDragStop={(event, node) => {
            const target = hit(event, node.id);
            markDropTarget(null);
            // back to its place either way: a new manager moves it when the server's new layout arrives
            backToPlace(node.id);
            if (target && onReparent) onReparent(node.id, target);
          }}
          defaultViewport={start}
          minZoom={FIT.minZoom}
          maxZoom={FIT.maxZoom}
          // nothing is deleted from the diagram by a key: people leave a map through the editor
          deleteKeyCode={null}
          ariaLabelConfig={ariaLabels}
          proOptions={{ hideAttribution: true }}
          aria-label={labels.region}
        >
          <Background />
          <Controls showInteractive={false} className="print:hidden" />
        </ReactFlow>
      )}
    </div>
  );
}

/** React Flow's diagram in its provider; `since` is when the map's data reached the page (the bench's clock). */
export function FlowDiagram(props: DiagramProps & { since: number }) {
  return (
    <ReactFlowProvider>
      <Diagram {...props} />
    </ReactFlowProvider>
  );
}
