import { err, ok, type Result } from '../result';

// The procurement steps of a deal, in order (issue 12 item 5): RFI/RFP → 입찰 → 우선협상대상자 →
// 협상 → 계약 → 수행. Each may carry a date ('YYYY-MM-DD'); a later step may not be dated before an
// earlier one.

export const PROCESS_STEPS = ['RFI', 'BID', 'PREFERRED_BIDDER', 'NEGOTIATION', 'CONTRACT', 'DELIVERY'] as const;
export type ProcessStep = (typeof PROCESS_STEPS)[number];
export type StepDates = Partial<Record<ProcessStep, string | null>>;

export type StepDatesError = { code: 'STEP_OUT_OF_ORDER'; step: ProcessStep; before: ProcessStep };

export function checkStepDates(dates: StepDates): Result<{ step: ProcessStep; date: string }[], StepDatesError> {
  const out: { step: ProcessStep; date: string }[] = [];
  for (const step of PROCESS_STEPS) {
    const date = dates[step];
    if (!date) continue;
    const prev = out[out.length - 1];
    if (prev && date < prev.date) return err({ code: 'STEP_OUT_OF_ORDER', step, before: prev.step });
    out.push({ step, date });
  }
  return ok(out);
}
