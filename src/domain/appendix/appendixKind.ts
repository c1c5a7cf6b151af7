import type { AppendixKindId, Field } from '../schema';
import type { TableKind } from '../table';

/**
 * A kind of appendix table read by the one engine (parseAppendix): its columns as data, the fields its
 * documents are expected to have, and its name for the officer. A second kind of table is one more
 * descriptor and its own rules, never a second parser.
 */
export interface AppendixKind extends TableKind<Field> {
  id: AppendixKindId;
  /** Fields the kind's form has: one the sheet lacks is noted (missing-column), a fact about the form. */
  expected: readonly Field[];
  /** What the officer reads when a sheet of this kind is picked ("danh sách đoàn ra"). */
  name: { vi: string; en: string };
  /** What the kind calls a shared field, where it differs from a task matrix's name ("Mục đích"). */
  fieldNames?: Partial<Record<Field, { vi: string; en: string }>>;
}

/** The canonical title of a field in a kind ("Nơi đến"), for messages; the field itself if it has none. */
export function fieldTitle(kind: AppendixKind, field: Field): string {
  return kind.columns.find((column) => column.field === field)?.titles[0] ?? field;
}
