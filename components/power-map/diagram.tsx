'use client';
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
  useReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
} from '@xyflow/react';
import { Crown, Eye, Megaphone, ShieldAlert, User as UserIcon, type LucideIcon } from 'lucide-react';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cn } from '@/lib/cn';
import { nodeSize, type PowerMapLayout } from './geometry';

// The power map diagram (issue #12): reports-to tree laid out by dagre on the server (lib/server/power-map-layout.ts), drawn by React Flow.
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

const PersonCard = memo(function PersonCard({ data }: NodeProps<CardNode>) {
  const { person: p, labels, onOpen, dropTarget } = data;
  const Icon = p.powerRole ? ROLE_ICON[p.powerRole] : null;
  const size = nodeSize(p.power);
  return (
    <div
      className={cn(
        'flex flex-col justify-center gap-0.5 rounded-lg border-2 px-2.5 py-1.5 text-left shadow-sm',
        STANCE_CLASS[p.stance ?? 'NONE'],
        dropTarget && 'ring-4 ring-indigo-400',
      )}
      style={{ width: size.width, height: size.height }}
      data-testid="power-map-node"
      data-name={p.name}
    >
      <Handle type="target" position={Position.Top} className="!bg-slate-500" isConnectable={false} />
      <div className="flex items-center gap-1.5">
        {Icon ? <Icon aria-hidden className="size-4 shrink-0" /> : null}
        {onOpen ? (
          <button
            type="button"
            className="nodrag truncate text-sm font-semibold underline-offset-2 hover:underline focus:outline-2 focus:outline-indigo-600"
            aria-label={labels.nodeLabel(p)}
            onClick={() => onOpen(p.contactId)}
          >
            {p.name}
          </button>
        ) : (
          <span className="truncate text-sm font-semibold" aria-label={labels.nodeLabel(p)}>
            {p.name}
          </span>
        )}
      </div>
      <p className="truncate text-xs">{[p.title, p.powerRole ? labels.role(p.powerRole) : null].filter(Boolean).join(' · ')}</p>
      <p className="truncate text-xs">
        {labels.power(p.power)} · {labels.owner(p.relationshipOwnerName)}
      </p>
      <Handle type="source" position={Position.Bottom} className="!bg-slate-500" isConnectable={false} />
    </div>
  );
});

const nodeTypes = { person: PersonCard };

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
  /** called once a layout is drawn, fitted and painted, with ms since it reached the component (the bench reads it) */
  onLaidOut?: (ms: number) => void;
}) {
  const flow = useReactFlow<CardNode>();
  // the clock starts when the data reaches the component (its first render); a later layout is
  // timed from its commit
  // (a User Timing mark in the browser, so a trace can sum the CPU between it and 'power-map:painted';
  // none on the server, whose timeline would keep every mark)
  const [mountedAt] = useState(() => (typeof window === 'undefined' ? 0 : performance.mark('power-map:data').startTime));
  const firstLayout = useRef(layout);

  // One node object per person, rebuilt only when the people, the layout or the labels change;
  // a drag then changes one node (applyNodeChanges keeps the others' identity, so the memoised
  // cards do not re-render on every pointer move).
  const base = useMemo<CardNode[]>(
    () =>
      people.flatMap((p) => {
        const at = layout.positions[p.contactId];
        // the size is known (by power): React Flow draws and fits the card without waiting to measure it
        const size = nodeSize(p.power);
        return at
          ? [{ id: p.contactId, type: 'person' as const, position: at, ...size, data: { person: p, labels, onOpen, dropTarget: false } }]
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

  // a new layout: fit it in view (fitView waits until the cards are measured), then report once painted
  useLayoutEffect(() => {
    let live = true;
    const from = layout === firstLayout.current ? mountedAt : performance.now();
    void flow.fitView({ padding: 0.1 }).then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (!live) return;
          performance.mark('power-map:painted');
          onLaidOut?.(performance.now() - from);
        }),
      ),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

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
      minZoom={0.2}
      proOptions={{ hideAttribution: true }}
      aria-label={labels.region}
    >
      <Background />
      <Controls showInteractive={false} className="print:hidden" />
    </ReactFlow>
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
