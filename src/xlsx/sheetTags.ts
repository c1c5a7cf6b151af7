import type ExcelJS from 'exceljs';
import type { ExistingState, SheetTag } from '../domain';
import { isSheetTag } from '../domain';

/**
 * Which sheets the add-in wrote, for a workbook handled by ExcelJS. Inside Excel each generated sheet
 * carries a worksheet custom property (docs/decisions.md D28), which ExcelJS 4.4 can neither read nor
 * write. Here the record is a "very hidden" sheet (not listed by Excel's Unhide, so not edited by accident)
 * with one row per generated sheet: its name, its tag and the text of its A1 when written. It is part of
 * the workbook, so it survives a download and a re-open.
 *
 * The A1 text guards the officer's work: a recorded sheet counts as ours only while its A1 still says what
 * the add-in wrote there. A sheet of ours the officer deleted and recreated under the same name, or
 * edited at the top, is the officer's from then on and is never overwritten. (A sheet of ours renamed in
 * Excel is no longer found under its recorded name: it becomes the officer's too — the safe side.)
 */
export const TAG_RECORD_SHEET = '_MaTranNhiemVu';

const HEADER = ['Trang tính', 'Thẻ', 'Ô A1'];

interface TagRecord {
  sheet: string;
  tag: SheetTag;
  a1: string;
}

/** The tag of each sheet the add-in wrote and still owns, by sheet name. */
export function readSheetTags(workbook: ExcelJS.Workbook): Map<string, SheetTag> {
  const tags = new Map<string, SheetTag>();
  for (const record of readRecords(workbook)) {
    const sheet = workbook.getWorksheet(record.sheet);
    if (sheet && a1Text(sheet) === record.a1) tags.set(record.sheet, record.tag);
  }
  return tags;
}

/** Every worksheet in tab order, with the add-in's tag where it owns the sheet. */
export function taggedSheets(workbook: ExcelJS.Workbook): ExistingState['sheets'] {
  const tags = readSheetTags(workbook);
  return workbook.worksheets.map((ws) => {
    const tag = tags.get(ws.name);
    return { name: ws.name, ...(tag ? { tag } : {}), ...(ws.state !== 'visible' ? { hidden: true } : {}) };
  });
}

/** Records `sheet` (just written) as the add-in's, with `tag`. */
export function tagSheet(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, tag: SheetTag): void {
  const records = liveRecords(workbook).filter((record) => record.sheet !== sheet.name);
  writeRecords(workbook, [...records, { sheet: sheet.name, tag, a1: a1Text(sheet) }]);
}

/** Forgets a sheet the add-in removed. */
export function untagSheet(workbook: ExcelJS.Workbook, sheetName: string): void {
  writeRecords(
    workbook,
    liveRecords(workbook).filter((record) => record.sheet !== sheetName),
  );
}

/** Whether the sheet is the record itself. */
export function isTagRecord(sheet: ExcelJS.Worksheet): boolean {
  return sheet.name === TAG_RECORD_SHEET;
}

/** The records whose sheet is still ours; stale ones are dropped whenever the record is rewritten. */
function liveRecords(workbook: ExcelJS.Workbook): TagRecord[] {
  const owned = readSheetTags(workbook);
  return readRecords(workbook).filter((record) => owned.get(record.sheet) === record.tag);
}

function readRecords(workbook: ExcelJS.Workbook): TagRecord[] {
  const sheet = workbook.getWorksheet(TAG_RECORD_SHEET);
  if (!sheet) return [];
  const records: TagRecord[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const [name, tag, a1] = [1, 2, 3].map((column) => textOf(row.getCell(column).value));
    if (name && tag && isSheetTag(tag)) records.push({ sheet: name, tag, a1: a1 ?? '' });
  });
  return records;
}

function writeRecords(workbook: ExcelJS.Workbook, records: readonly TagRecord[]): void {
  const old = workbook.getWorksheet(TAG_RECORD_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  if (records.length === 0) return;
  const sheet = workbook.addWorksheet(TAG_RECORD_SHEET, { state: 'veryHidden' });
  sheet.addRow(HEADER);
  for (const record of records) sheet.addRow([record.sheet, record.tag, record.a1]);
}

/** The text of A1 as written: the first title line of every sheet the add-in draws. */
function a1Text(sheet: ExcelJS.Worksheet): string {
  return textOf(sheet.getCell('A1').value) ?? '';
}

function textOf(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value && value.result !== undefined) return String(value.result);
  return undefined;
}
