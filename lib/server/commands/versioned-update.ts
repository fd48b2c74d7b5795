import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import { auditChange } from '../audit';
import { DomainError, notFound } from '../errors';

/** The fields of `fields` that were sent (undefined = not sent; a blank one clears: null). */
export function sentFields<K extends string>(keys: readonly K[], fields: Partial<Record<K, string | null>>): Record<string, string | null> {
  const data: Record<string, string | null> = {};
  for (const k of keys) if (fields[k] !== undefined) data[k] = fields[k] ?? null;
  return data;
}

/** A record kind edited by updateVersioned: how one is read, answered and written, and its audit names. */
export type VersionedRecord<Row extends { version: number }, Out, D> = {
  load: (tx: Db, id: string) => Promise<Row | null>;
  serialize: (row: Row) => Out;
  write: (tx: Db, id: string, version: number, data: D) => Promise<boolean>;
  audit: { action: string; entityType: string };
};

/** versionedRecord(getXRow, serializeX, writeX, 'x.update', 'X'): the record kind of updateVersioned. */
export const versionedRecord = <Row extends { version: number }, Out, D>(
  load: VersionedRecord<Row, Out, D>['load'],
  serialize: VersionedRecord<Row, Out, D>['serialize'],
  write: VersionedRecord<Row, Out, D>['write'],
  action: string,
  entityType: string,
): VersionedRecord<Row, Out, D> => ({ load, serialize, write, audit: { action, entityType } });

/**
 * An edit that carries the version the caller read, in one transaction: the record is loaded (gone →
 * 404; another version → 409 CONFLICT with the record as it is now in `details`), `change` gives the
 * columns to write (and may refuse), the write is a compare-and-set on the version (lost → 409
 * again), the audit row holds those columns before and after, and the answer is the record written.
 */
export function updateVersioned<Row extends { version: number }, Out, D extends Record<string, unknown>>(
  db: DbClient,
  session: AppSession,
  record: VersionedRecord<Row, Out, D>,
  { id, version }: { id: string; version: number },
  change: (tx: Db, before: Row) => D | Promise<D>,
): Promise<Out> {
  const conflict = async (tx: Db) => {
    const cur = await record.load(tx, id);
    return cur ? new DomainError('CONFLICT', 'conflict', { details: record.serialize(cur) }) : notFound();
  };
  return db.$transaction(async (tx) => {
    const before = await record.load(tx, id);
    if (!before) throw notFound();
    if (before.version !== version) throw await conflict(tx);
    const data = await change(tx, before);
    if (!(await record.write(tx, id, version, data))) throw await conflict(tx);
    const after = (await record.load(tx, id))!;
    await auditChange(tx, session, record.audit.action, record.audit.entityType, id, {
      before: { ...Object.fromEntries(Object.keys(data).map((k) => [k, (before as Record<string, unknown>)[k]])), version },
      after: { ...data, version: after.version },
    });
    return record.serialize(after);
  });
}
