import type { BadgeTone } from '@/components/ui/badge';

/** A VRB finding's severity as a badge tone (the queue's findings table, the review's findings). */
export const SEVERITY_TONE: Record<string, BadgeTone> = { LOW: 'neutral', MEDIUM: 'info', HIGH: 'warning', CRITICAL: 'danger' };
