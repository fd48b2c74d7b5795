import type { BadgeTone } from '@/components/ui/badge';
import type { MilestoneStatus } from '@/lib/domain/receivables/rules';

export const STATUS_TONE: Record<MilestoneStatus, BadgeTone> = {
  COLLECTED: 'success',
  PARTIAL: 'info',
  OVERDUE: 'danger',
  DUE: 'warning',
  UPCOMING: 'neutral',
};
