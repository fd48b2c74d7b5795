'use client';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { cn } from '@/lib/cn';
import type { DiagramLabels, DiagramPerson } from './card-face';
import { layoutBounds, type PowerMapLayout } from './geometry';
import { StaticDiagram } from './static-diagram';
import type { FlowDiagram } from './flow-diagram';

// The power map diagram (issue #12): reports-to tree laid out by dagre on the server (lib/server/power-map-layout.ts),
// drawn in the server's HTML as a static SVG (static-diagram.tsx: visible at first paint, no script
// needed), then by React Flow (flow-diagram.tsx: interactive) in the same place. React Flow's code
// (about 170 kB with d3) is loaded after the page's first frame, not in the bundle that hydrates the
// page: parsed, evaluated and rendered in the hydration task it held the first frame back (ADR 015).
// Colour = stance, size = power, icon = role in the decision, our relationship owner on each card.
// Drag a card onto another → onReparent(person, newManager). Each card holds a real button
// (Tab / Enter) that opens the editor, the keyboard way to do everything a drag does.

export { ROLE_ICON, STANCE_CLASS, type DiagramLabels, type DiagramPerson } from './card-face';

export type DiagramProps = {
  people: DiagramPerson[];
  /** card positions and edges from the server (lib/server/power-map-layout.ts); a person not in it is not drawn yet */
  layout: PowerMapLayout;
  labels: DiagramLabels;
  editable: boolean;
  onReparent?: (contactId: string, managerId: string) => void;
  onOpen?: (contactId: string) => void;
  /** called once React Flow has drawn a layout and it is painted, with ms since it reached the component (the bench reads it) */
  onLaidOut?: (ms: number) => void;
};

export function PowerMapDiagram({ className, ...props }: DiagramProps & { className?: string }) {
  // the clock starts when the data reaches the component (its first render); a later layout is
  // timed from its commit (a User Timing mark in the browser, so a trace can sum the CPU between it
  // and 'power-map:painted'; none on the server, whose timeline would keep every mark)
  const [since] = useState(() => (typeof window === 'undefined' ? 0 : performance.mark('power-map:data').startTime));
  const [Flow, setFlow] = useState<typeof FlowDiagram | null>(null);
  useEffect(() => {
    let on = true;
    // after the next frame is presented: the static view is on screen before React Flow's code runs
    const frame = requestAnimationFrame(() =>
      setTimeout(() => void import('./flow-diagram').then((m) => on && setFlow(() => m.FlowDiagram))),
    );
    return () => {
      on = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  const bounds = useMemo(() => layoutBounds(props.people, props.layout), [props.people, props.layout]);
  return (
    <div
      className={cn('h-[560px] w-full rounded-lg border border-slate-200 bg-white print:h-[900px] print:border-0', className)}
      data-testid="power-map-diagram"
    >
      {Flow ? (
        <Flow {...props} since={since} />
      ) : (
        <div className="relative h-full w-full">
          {bounds ? <StaticDiagram people={props.people} layout={props.layout} labels={props.labels} bounds={bounds} /> : null}
        </div>
      )}
    </div>
  );
}
