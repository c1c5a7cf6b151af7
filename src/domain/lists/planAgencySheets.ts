import type { AgencySheetsWrite, ExistingState } from '../port';
import type { SheetTag } from '../sheetSpec';
import type { ListSheetSpec } from '../views';
import { sheetNameKey } from '../views';

/** The tags of the sheets this feature writes: only such sheets are reused or removed. */
export const AGENCY_SHEET_TAGS: ReadonlySet<SheetTag> = new Set<SheetTag>(['agency-index', 'agency-list']);

/** Whether a sheet found by a read is one the per-agency lists wrote. */
export function isAgencySheet(sheet: { tag?: SheetTag }): boolean {
  return sheet.tag !== undefined && AGENCY_SHEET_TAGS.has(sheet.tag);
}

export interface AgencySheetTarget {
  spec: ListSheetSpec;
  /** The sheet's name in the workbook: the spec's, or the reused sheet's own spelling of it. */
  name: string;
  /** An agency sheet of that name exists: clear and reuse it (deleting a sheet clears Excel's undo stack). */
  reuse: boolean;
  /** The reused sheet is hidden (the officer hid it); it stays so unless it must be shown. */
  hidden: boolean;
}

export interface AgencySheetPlan {
  /** The index first, then the lists, in order. */
  sheets: AgencySheetTarget[];
  /** Agency sheets of earlier runs that no spec needs any more, in tab order: remove them. */
  remove: string[];
}

/**
 * Where each agency sheet goes: the feature's own sheet of that name (compared as Excel does, ignoring case)
 * is cleared and reused, any other name is a new sheet, and the feature's sheets left over are removed. A
 * spec whose name belongs to a sheet of the officer's (or to the check's result or settings sheet) is a bug
 * in the caller — the names are chosen around those sheets — and throws rather than overwrite it.
 * @example planAgencySheets({ index, lists: [soNgoaiVu], existing: { sheets: [{ name: 'Sở Ngoại vụ', tag: 'agency-list' }, { name: 'Sở Nội vụ', tag: 'agency-list' }], … } })
 *   // { sheets: [{ name: 'Tổng hợp theo cơ quan', reuse: false, … }, { name: 'Sở Ngoại vụ', reuse: true, … }], remove: ['Sở Nội vụ'] }
 */
export function planAgencySheets(
  write: Pick<AgencySheetsWrite, 'index' | 'lists' | 'existing'>,
): AgencySheetPlan {
  const byKey = new Map(write.existing.sheets.map((sheet) => [sheetNameKey(sheet.name), sheet]));
  const used = new Set<string>();
  const sheets = [write.index, ...write.lists].map((spec) => {
    const key = sheetNameKey(spec.name);
    if (used.has(key)) throw new Error(`planAgencySheets: two sheets named "${spec.name}"`);
    used.add(key);
    return target(spec, byKey.get(key));
  });
  const remove = write.existing.sheets
    .filter((sheet) => isAgencySheet(sheet) && !used.has(sheetNameKey(sheet.name)))
    .map((sheet) => sheet.name);
  return { sheets, remove };
}

function target(spec: ListSheetSpec, holder: ExistingState['sheets'][number] | undefined): AgencySheetTarget {
  if (!holder) return { spec, name: spec.name, reuse: false, hidden: false };
  if (!isAgencySheet(holder))
    throw new Error(`planAgencySheets: "${holder.name}" is not a sheet the agency lists wrote`);
  return {
    spec,
    name: holder.name,
    reuse: true,
    hidden: holder.hidden === true,
  };
}
