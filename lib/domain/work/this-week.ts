import { addDays, koreaParts, koreaToday, startOfKoreanDay } from '../time/korea';

// The rep's "이번 주" list (issue #12 item 7): next steps and bid deadlines from Monday to Sunday
// of the current Korean week. Next steps due before today stay on the list (overdue) until done.

export type ThisWeek = {
  /** Monday and Sunday of this Korean week, calendar days */
  monday: string;
  sunday: string;
  today: string;
  /** bid deadlines: from now up to the end of Sunday (Korea), exclusive */
  bidFrom: Date;
  bidUntil: Date;
};

export function thisWeek(now: Date): ThisWeek {
  const today = koreaToday(now);
  const weekday = koreaParts(now).weekday; // 0 = Sunday
  const monday = addDays(today, weekday === 0 ? -6 : 1 - weekday);
  const sunday = addDays(monday, 6);
  return { monday, sunday, today, bidFrom: now, bidUntil: startOfKoreanDay(addDays(sunday, 1)) };
}

/** A next step due before today is overdue; on or after today it is due this week. */
export const nextStepState = (due: string, today: string): 'overdue' | 'due' => (due < today ? 'overdue' : 'due');
