// One card face for both views of the power map: the server's static view (static-diagram.tsx)
// and React Flow's node (flow-diagram.tsx), so the takeover moves no card. No React Flow code
// here: the static view must paint before React Flow's code has loaded.
import { Crown, Eye, Megaphone, ShieldAlert, User as UserIcon, type LucideIcon } from 'lucide-react';
import { cn } from '@/lib/cn';
import { nodeSize } from './geometry';

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
  /** React Flow's zoom controls (its own words are English) */
  controls: { panel: string; zoomIn: string; zoomOut: string; fitView: string };
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

export type CardData = { person: DiagramPerson; labels: DiagramLabels; onOpen?: (id: string) => void; dropTarget: boolean };

/**
 * A card's face, the same in React Flow's node and in the server's static view. The name carries an
 * Element Timing identifier (one per person): the perf spec reads when each card's text was first
 * painted, whichever of the two views painted it. The two detail lines (title · role, power · our
 * relationship owner) carry the class power-map-detail: hidden when the map is shown too small to
 * read them (LOD in geometry.ts), by the view's own rule (a container query in the static view, a
 * data attribute on React Flow's pane).
 */
export function CardFace({
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
      <p className="power-map-detail truncate text-xs">
        {[p.title, p.powerRole ? labels.role(p.powerRole) : null].filter(Boolean).join(' · ')}
      </p>
      <p className="power-map-detail truncate text-xs">
        {labels.power(p.power)} · {labels.owner(p.relationshipOwnerName)}
      </p>
    </div>
  );
}
