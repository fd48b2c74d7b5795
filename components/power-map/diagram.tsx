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
} from '@xyflow/react';
import { Crown, Eye, Megaphone, ShieldAlert, User as UserIcon, type LucideIcon } from 'lucide-react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cn } from '@/lib/cn';
import { layoutPowerMap, nodeSize } from './layout';

// The power map diagram (issue #12): reports-to tree laid out by ELK, drawn by React Flow.
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
  labels,
  editable,
  onReparent,
  onOpen,
  onLaidOut,
}: {
  people: DiagramPerson[];
  labels: DiagramLabels;
  editable: boolean;
  onReparent?: (contactId: string, managerId: string) => void;
  onOpen?: (contactId: string) => void;
  /** called once the layout is applied and painted, with ms since the data arrived (the bench reads it) */
  onLaidOut?: (ms: number) => void;
}) {
  // positions only: the cards are derived from `people` on each render (stance, owner… need no layout)
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }>>(new Map());
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const flow = useReactFlow<CardNode>();
  const started = useRef(0);
  const layoutKey = useMemo(() => people.map((p) => `${p.contactId}:${p.reportsToId ?? ''}:${p.power ?? ''}`).join('|'), [people]);

  useEffect(() => {
    let live = true;
    started.current = performance.now();
    layoutPowerMap(people).then((placed) => {
      if (!live) return;
      setPositions(new Map([...placed].map(([id, at]) => [id, { x: at.x, y: at.y }])));
      requestAnimationFrame(() => {
        flow.fitView({ padding: 0.1 });
        requestAnimationFrame(() => live && onLaidOut?.(performance.now() - started.current));
      });
    });
    return () => {
      live = false;
    };
    // the layout depends on who reports to whom and on power (size) only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layoutKey]);

  const nodes = useMemo<CardNode[]>(
    () =>
      people
        .filter((p) => positions.has(p.contactId))
        .map((p) => ({
          id: p.contactId,
          type: 'person',
          position: positions.get(p.contactId)!,
          data: { person: p, labels, onOpen, dropTarget: p.contactId === dropTarget },
        })),
    [people, positions, labels, onOpen, dropTarget],
  );
  const edges = useMemo<Edge[]>(() => {
    const ids = new Set(people.map((p) => p.contactId));
    return people
      .filter((p) => p.reportsToId && ids.has(p.reportsToId))
      .map((p) => ({ id: `${p.reportsToId}->${p.contactId}`, source: p.reportsToId!, target: p.contactId, type: 'smoothstep' }));
  }, [people]);

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
      onNodesChange={(changes) => {
        const moved = changes.flatMap((c) => (c.type === 'position' && c.position ? [[c.id, c.position] as const] : []));
        if (moved.length) setPositions((ps) => new Map([...ps, ...moved]));
      }}
      nodesDraggable={editable}
      nodesConnectable={false}
      elementsSelectable={editable}
      onNodeDrag={(event, node) => setDropTarget(hit(event, node.id))}
      onNodeDragStop={(event, node) => {
        const target = hit(event, node.id);
        setDropTarget(null);
        if (target && onReparent) onReparent(node.id, target);
        else {
          // dropped on empty space: back to its place in the layout
          layoutPowerMap(people).then((placed) => {
            const at = placed.get(node.id);
            if (at) setPositions((ps) => new Map([...ps, [node.id, { x: at.x, y: at.y }]]));
          });
        }
      }}
      fitView
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
