'use client';
// Over 400 lines on purpose: the static view the server draws and the React Flow view that takes
// it over in place must share one card face, one edge geometry and one viewport formula to the
// pixel (the takeover moves no card); split, the two halves would drift apart.
import '@xyflow/react/dist/style.css';
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
  ReactFlowProvider,
  applyNodeChanges,
  getSmoothStepPath,
} from '@xyflow/react';
import { Crown, Eye, Megaphone, ShieldAlert, User as UserIcon, type LucideIcon } from 'lucide-react';
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cn } from '@/lib/cn';
import { FIT, HANDLE, fitBox, fitViewport, layoutBounds, nodeSize, type Bounds, type PowerMapLayout } from './geometry';

// The power map diagram (issue #12): reports-to tree laid out by dagre on the server (lib/server/power-map-layout.ts),
// drawn in the server's HTML as a static SVG (visible at first paint, no script needed), then by React Flow
// (interactive) in the same place once hydrated.
// Colour = stance, size = power, icon = role in the decision, our relationship owner on each card.
// Drag a card onto another → onReparent(person, newManager). Each card holds a real button
// (Tab / Enter) that opens the editor, the keyboard way to do everything a drag does.

export type DiagramPerson = {
  contactId: string;
  name: string;
  title: string | null;
  powerRole: 'DECISION_MAKER' | 'INFLUENCER' | 'CHAMPION' | 'GATEKEEPER' | 'USER' | null;
  stance: 'SUPPORTER' | 'NEUTRAL' | 'OPPONENT' | null;
  power: number | null;
  reportsToId: string | null;
  relationshipOwnerName: string | null;
};

export type DiagramLabels = {
  stance: (s: DiagramPerson['stance']) => string;
  role: (r: DiagramPerson['powerRole']) => string;
  power: (p: number | null) => string;
  owner: (name: string | null) => string;
  nodeLabel: (p: DiagramPerson) => string;
  region: string;
};

export const ROLE_ICON: Record<NonNullable<DiagramPerson['powerRole']>, LucideIcon> = {
  DECISION_MAKER: Crown,
  INFLUENCER: Megaphone,
  CHAMPION: UserIcon,
  GATEKEEPER: ShieldAlert,
  USER: Eye,
};
// light fills, dark borders and text: readable on white and in print (no slate-400 on white)
export const STANCE_CLASS: Record<'SUPPORTER' | 'NEUTRAL' | 'OPPONENT' | 'NONE', string> = {
  SUPPORTER: 'border-emerald-600 bg-emerald-50 text-emerald-900',
  NEUTRAL: 'border-amber-500 bg-amber-50 text-amber-900',
  OPPONENT: 'border-rose-600 bg-rose-50 text-rose-900',
  NONE: 'border-slate-400 bg-white text-slate-800',
};

type CardData = { person: DiagramPerson; labels: DiagramLabels; onOpen?: (id: string) => void; dropTarget: boolean };
type CardNode = Node<CardData, 'person'>;

/**
 * A card's face, the same in React Flow's node and in the server's static view. The name carries an
 * Element Timing identifier (one per person): the perf spec reads when each card's text was first
 * painted, whichever of the two views painted it.
 */
function CardFace({
  person: p,
  labels,
  onOpen,
  dropTarget,
  testId,
  decorative,
  children,
}: CardData & { testId: string; decorative?: boolean; children?: React.ReactNode }) {
  const Icon = p.powerRole ? ROLE_ICON[p.powerRole] : null;
  // the static view is hidden from assistive technology (the table is its twin): no label to format
  const label = decorative ? undefined : labels.nodeLabel(p);
  const size = nodeSize(p.power);
  const timing = { elementtiming: `power-map-card:${p.contactId}` };
  return (
    <div
      className={cn(
        'flex flex-col justify-center gap-0.5 rounded-lg border-2 px-2.5 py-1.5 text-left shadow-sm',
        STANCE_CLASS[p.stance ?? 'NONE'],
        dropTarget && 'ring-4 ring-indigo-400',
      )}
      style={{ width: size.width, height: size.height, position: 'relative' }}
      data-testid={testId}
      data-name={p.name}
    >
      {children}
      <div className="flex items-center gap-1.5">
        {Icon ? <Icon aria-hidden className="size-4 shrink-0" /> : null}
        {onOpen ? (
          <button
            type="button"
            className="nodrag truncate text-sm font-semibold underline-offset-2 hover:underline focus:outline-2 focus:outline-indigo-600"
            aria-label={label}
            onClick={() => onOpen(p.contactId)}
            {...timing}
          >
            {p.name}
          </button>
        ) : (
          <span className="truncate text-sm font-semibold" aria-label={label} {...timing}>
            {p.name}
          </span>
        )}
      </div>
      <p className="truncate text-xs">{[p.title, p.powerRole ? labels.role(p.powerRole) : null].filter(Boolean).join(' · ')}</p>
      <p className="truncate text-xs">
        {labels.power(p.power)} · {labels.owner(p.relationshipOwnerName)}
      </p>
    </div>
  );
}

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

/** The reports-to edges between laid-out cards, as React Flow draws them (smoothstep, bottom centre → top centre). */
function edgePaths(people: DiagramPerson[], layout: PowerMapLayout) {
  const byId = new Map(people.map((p) => [p.contactId, p]));
  return people.flatMap((p) => {
    const m = p.reportsToId ? byId.get(p.reportsToId) : undefined;
    const from = m ? layout.positions[m.contactId] : undefined;
    const to = layout.positions[p.contactId];
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

/**
 * The map as the server's HTML draws it, before any script runs: one SVG whose viewBox is the fit
 * box (fitBox), scaled by the browser to fit the pane ("meet"), in a box whose size is clamped so the
 * scale stays in [minZoom, maxZoom] — the same view fitViewport gives React Flow, which replaces
 * this after hydration. Cards are the same faces in foreignObjects; edges, dots and handles use
 * React Flow's own classes. Hidden from assistive technology: the table beside it is the
 * accessible twin, and React Flow's cards (with their buttons) take its place.
 */
function StaticDiagram({
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
  const pattern = `power-map-dots-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const box = fitBox(bounds);
  const clampPx = (flow: number) => `clamp(${FIT.minZoom * flow}px, 100%, ${FIT.maxZoom * flow}px)`;
  const far = 100_000;
  return (
    <div className="react-flow" style={{ position: 'absolute', inset: 0, overflow: 'hidden' }} aria-hidden data-testid="power-map-static">
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
        {edgePaths(people, layout).map((e) => (
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

function Diagram({
  people,
  layout,
  labels,
  editable,
  onReparent,
  onOpen,
  onLaidOut,
}: {
  people: DiagramPerson[];
  /** card positions from the server (lib/server/power-map-layout.ts); a person not in it is not drawn yet */
  layout: PowerMapLayout;
  labels: DiagramLabels;
  editable: boolean;
  onReparent?: (contactId: string, managerId: string) => void;
  onOpen?: (contactId: string) => void;
  /** called once React Flow has drawn a layout and it is painted, with ms since it reached the component (the bench reads it) */
  onLaidOut?: (ms: number) => void;
}) {
  const flow = useReactFlow<CardNode>();
  const pane = useRef<HTMLDivElement>(null);
  // the clock starts when the data reaches the component (its first render); a later layout is
  // timed from its commit
  // (a User Timing mark in the browser, so a trace can sum the CPU between it and 'power-map:painted';
  // none on the server, whose timeline would keep every mark)
  const [mountedAt] = useState(() => (typeof window === 'undefined' ? 0 : performance.mark('power-map:data').startTime));
  const firstLayout = useRef(layout);
  const bounds = useMemo(() => layoutBounds(people, layout), [people, layout]);
  // React Flow's first viewport: null until the pane is measured — on the server and while
  // hydrating, the static view shows the map; then React Flow takes its place with the same view
  // (no fitView, no measuring pass: the cards' sizes and handles are given)
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
    const from = first ? mountedAt : performance.now();
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

  return (
    <div ref={pane} className="relative h-full w-full">
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

export function PowerMapDiagram(props: React.ComponentProps<typeof Diagram> & { className?: string }) {
  const { className, ...rest } = props;
  return (
    <div
      className={cn('h-[560px] w-full rounded-lg border border-slate-200 bg-white print:h-[900px] print:border-0', className)}
      data-testid="power-map-diagram"
    >
      <ReactFlowProvider>
        <Diagram {...rest} />
      </ReactFlowProvider>
    </div>
  );
}
