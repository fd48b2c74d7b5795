import 'server-only';
import type { Db } from '@/lib/db/client';
import { getFinding } from '@/lib/db/queries/vrb-findings';
import type { AppSession } from '@/lib/auth/session';
import { type FindingError } from '@/lib/domain/vrb';
import { vrbError } from './shared';
export function findingError(session: AppSession, e: FindingError) {
  switch (e.code) {
    case 'NOT_OPEN':
      return vrbError(session, 'UNPROCESSABLE', 'findingNotOpen', { params: { status: e.status } });
    case 'NOT_ANSWERED':
      return vrbError(session, 'UNPROCESSABLE', 'findingNotAnswered', { params: { status: e.status } });
    case 'ANSWER_REQUIRED':
      return vrbError(session, 'VALIDATION', 'answerRequired', { field: 'answer' });
    case 'NOTE_REQUIRED':
      return vrbError(session, 'UNPROCESSABLE', 'noteRequired', { field: 'note' });
    case 'NOT_YOUR_DOMAIN':
      return vrbError(session, 'FORBIDDEN', 'notYourDomain');
  }
}

export const staleVersion = async (db: Db, session: AppSession, id: string) =>
  vrbError(session, 'CONFLICT', 'findingChanged', { details: await getFinding(db, id) });
