// Receivables commands (SPEC §6, issue #11), one verb per file; shared loading/locking in ./shared.
export { milestoneView, isFinanceMember, lockEditableDeal, loadMilestoneForChange, conflictWith } from './shared';
export { listReceivables } from './list-receivables';
export { receivablesSummary } from './receivables-summary';
export { getScheduleView } from './get-schedule-view';
export { addMilestone } from './add-milestone';
export { updateMilestone } from './update-milestone';
export { deleteMilestone } from './delete-milestone';
export { collectMilestone } from './collect-milestone';
export { invoiceMilestone } from './invoice-milestone';
export { getReceivablesProposal, confirmReceivablesProposal } from './propose-receivables';
