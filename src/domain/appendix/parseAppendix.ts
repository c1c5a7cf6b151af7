import { UnusableWorkbookError } from '../errors';
import type { CellGrid } from '../grid';
import { cellAddress, columnLetter, lastColumn, lastRow } from '../grid';
import { MergeLookup } from '../mergeLookup';
import type { Appendix, ExtraColumn, Field, Finding, Plan, RowInfo } from '../schema';
import { detectLegacyEncoding, foldKey, isBlank } from '../text';
import { assemble } from './assemble';
import { addHeadingLeads } from './headingLeads';
import { DEFAULT_REGISTRY } from '../agencies';
import type { RowSpan } from './classifyRows';
import { classifyRows, otherTables } from './classifyRows';
import { detailTtColumn } from './detailTtColumn';
import { amountUnit } from './fundingSources';
import { readDateTimes } from './dateCells';
import { restoreNumericTt } from './numericTt';
import type { HeaderMatch, ValueColumn } from '../table';
import { columnLetters, headerSearchRows, repeatsHeader, titleMatcher } from '../table';
import type { AppendixKind } from './appendixKind';
import { fieldTitle } from './appendixKind';
import { detectKind } from './appendixKinds';
import { APPENDIX_TABLE } from './appendixTable';
import type { TitleLine } from './readPlan';
import { readPlan, titleLines } from './readPlan';
import type { ColumnLayout, RowFacts } from './rowFacts';
import { readRowFacts } from './rowFacts';

/**
 * Reads a Phụ lục sheet into sections and tasks: a task matrix, or any other kind of appendix table (the
 * delegations list), whichever header the sheet has — or the kind asked for. Problems in the sheet become
 * findings; only a sheet with no recognisable header is unusable (UnusableWorkbookError 'no-header').
 * @example parseAppendix(grid).tasks[0] → { rows: [7, 7], tt: '', path: ['I'], task: 'Tiếp tục lãnh đạo…', … }
 */
export function parseAppendix(grid: CellGrid, only?: AppendixKind): Appendix {
  const merges = new MergeLookup(grid);
  const found = detectKind(grid, merges, only ? [only] : undefined);
  if (!found) throw noHeaderError(grid, only ?? APPENDIX_TABLE);
  const { kind, header } = found;
  const extraTitles = extraColumnTitles(grid, merges, header);
  const ttDetail = detailTtColumn(grid, merges, header);
  if (ttDetail !== undefined) extraTitles.delete(ttDetail);
  const layout: ColumnLayout = {
    fields: header.fields,
    extraColumns: [...extraTitles.keys()],
    ...(ttDetail !== undefined ? { ttDetail } : {}),
    ...(header.valueColumns?.time ? { timePeriods: header.valueColumns.time } : {}),
    ...(header.valueColumns?.funding ? { fundingSources: header.valueColumns.funding } : {}),
  };
  const lines = titleLines(grid, merges, header.rowNumber);
  const { plan, referenceRow } = readPlan(lines);
  const heading = tableHeading(lines, referenceRow);
  const rows: RowFacts[] = [];
  for (let rowNumber = header.lastRow + 1; rowNumber <= lastRow(grid); rowNumber++) {
    rows.push(readRowFacts(grid, merges, layout, rowNumber));
  }
  const numericTt = restoreNumericTt(grid, layout, rows);
  readDateTimes(grid, layout, rows);
  const isRepeatedHeader = (facts: RowFacts) =>
    headerTitled(kind, facts) && repeatsHeader(kind, grid, merges, header, facts.rowNumber);
  const others = otherTables(rows, (facts) => opensOtherHeader(kind, facts), isRepeatedHeader);
  const kinds = classifyRows({
    rows,
    isRepeatedHeader,
    numberedTwice: ttDetail !== undefined,
    otherTables: others,
  });
  const assembled = assemble(rows, kinds, layout, extraTitles);
  for (const span of others) {
    const [first, last] = [(rows[span.from] as RowFacts).rowNumber, (rows[span.to] as RowFacts).rowNumber];
    for (const note of assembled.notes) if (note.row >= first && note.row <= last) note.otherTable = true;
  }
  // The default registry: a heading that names a body names one the registry knows (the lists match it later
  // against the workbook's own registry too).
  addHeadingLeads(assembled.tasks, assembled.sections, DEFAULT_REGISTRY, plan.province ?? null);
  const findings = [
    ...headerFindings(kind, header),
    ...planFindings(plan, header.rowNumber, referenceRow),
    ...others.map((span) => otherTableFinding(rows, span, layout)),
    ...numericTt,
    ...assembled.findings,
  ];
  findings.sort((a, b) => a.rowNumber - b.rowNumber);
  return {
    sheet: grid.sheetName,
    kind: kind.id,
    headerRow: header.rowNumber,
    columns: columnLetters(header.fields),
    ...(ttDetail !== undefined ? { ttDetailColumn: columnLetter(ttDetail) } : {}),
    ...timeUnitOf(merges, header),
    ...(header.valueColumns?.time
      ? {
          timePeriods: header.valueColumns.time.map((p) => ({
            column: columnLetter(p.column),
            title: p.title,
          })),
        }
      : {}),
    ...(header.valueColumns?.funding ? { fundingSources: header.valueColumns.funding.map(sourceEntry) } : {}),
    extraColumns: [...extraTitles].map(([column, title]): ExtraColumn => ({
      column: columnLetter(column),
      title,
    })),
    plan,
    ...(heading ? { heading } : {}),
    sections: assembled.sections,
    tasks: assembled.tasks,
    notes: assembled.notes,
    rowKinds: rowKinds(grid, header, rows, kinds),
    findings,
  };
}

/**
 * The last title line, below the plan's reference, when it is numbered like a heading ("1. Các đoàn …:",
 * "A. …"): the first table's own title on a sheet of several tables.
 */
function tableHeading(
  lines: readonly TitleLine[],
  referenceRow: number | undefined,
): { row: number; text: string } | undefined {
  const last = lines.at(-1);
  if (!last || (referenceRow !== undefined && last.rowNumber <= referenceRow)) return undefined;
  return /^(?:\d{1,2}|[A-ZĐ]|[IVX]{1,4})[.)]\s+\S/u.test(last.text)
    ? { row: last.rowNumber, text: last.text }
    : undefined;
}

/**
 * A cheap first test before reading the whole row as a header: one of its own cells in the TT, task or
 * lead column is a title of that column (a repeated header's TT cell may be empty or hold a title).
 */
function headerTitled(kind: AppendixKind, facts: RowFacts): boolean {
  const fieldForTitle = titleMatcher(kind);
  // A numbered row (1, 1.2, a, I) is never a header: its TT is no title.
  if (facts.tt.kind !== 'empty' && facts.tt.kind !== 'text') return false;
  return (['tt', 'task', 'lead'] as const).some((field) => {
    const cell = facts.cells[field];
    // Titles are short; folding every task text would cost more than the rest of the read.
    return (
      cell !== undefined &&
      !cell.inherited &&
      cell.text.length <= MAX_TITLE_LENGTH &&
      fieldForTitle(cell.text) === field
    );
  });
}

const MAX_TITLE_LENGTH = 60;

/**
 * The row opens another table's header: its own TT cell is the TT column's title ("TT", "STT"), which no
 * task's number ever is. A header repeated on a new page is told apart by the caller.
 */
function opensOtherHeader(kind: AppendixKind, facts: RowFacts): boolean {
  const tt = facts.cells.tt;
  return (
    facts.tt.kind === 'text' &&
    tt !== undefined &&
    !tt.inherited &&
    tt.text.length <= MAX_TITLE_LENGTH &&
    // A digit never stands in a TT title: most rows are ruled out before any matching.
    !/\d/u.test(tt.text) &&
    titleMatcher(kind)(tt.text) === 'tt'
  );
}

function otherTableFinding(rows: readonly RowFacts[], span: RowSpan, layout: ColumnLayout): Finding {
  const first = (rows[span.from] as RowFacts).rowNumber;
  const column = layout.fields.tt;
  return {
    code: 'other-table',
    severity: 'info',
    rowNumber: first,
    ...(column !== undefined ? { column: columnLetter(column), cell: cellAddress(first, column) } : {}),
    data: { lastRow: (rows[span.to] as RowFacts).rowNumber },
  };
}

function noHeaderError(grid: CellGrid, kind: AppendixKind): UnusableWorkbookError {
  const { first, last } = headerSearchRows(kind, grid);
  // Headers typed in TCVN3/VNI fonts cannot match; say so instead of only "no header".
  const searched = grid.texts
    .slice(0, last - grid.top + 1)
    .flat()
    .join(' ');
  const legacyEncoding = detectLegacyEncoding(searched);
  return new UnusableWorkbookError('no-header', {
    sheet: grid.sheetName,
    firstRow: first,
    lastRow: Math.max(first, last),
    expected: kind.expected.map((field) => fieldTitle(kind, field)),
    ...(legacyEncoding ? { legacyEncoding } : {}),
  });
}

/**
 * Columns the header does not map to a field are kept: those with a title of their own, a second column
 * naming an already mapped field, and untitled columns that hold data below the header.
 */
/** The unit of duration the time column's title names: "Số ngày dự kiến", "Thời gian (ngày)", "Số tháng". */
function timeUnitOf(merges: MergeLookup, header: HeaderMatch<Field>): { timeUnit?: 'day' | 'month' } {
  const column = header.fields.time;
  if (column === undefined) return {};
  const rows = header.lastRow > header.rowNumber ? [header.rowNumber, header.lastRow] : [header.rowNumber];
  const title = foldKey(rows.map((row) => merges.source(row, column).text).join(' '));
  if (/^so ngay\b|\(ngay\)|\bso ngay$/u.test(title)) return { timeUnit: 'day' };
  if (/^so thang\b|\(thang\)|\bso thang$/u.test(title)) return { timeUnit: 'month' };
  return {};
}

/** A funding source column as the report gives it: its letter, the source, and its amounts' unit if named. */
function sourceEntry(source: ValueColumn): { column: string; title: string; unit?: string } {
  const unit = amountUnit(source.parentTitle);
  return { column: columnLetter(source.column), title: source.title, ...(unit !== '' ? { unit } : {}) };
}

function extraColumnTitles(
  grid: CellGrid,
  merges: MergeLookup,
  header: HeaderMatch<Field>,
): Map<number, string> {
  const titles = new Map<number, string>();
  for (const { column, title } of header.unknown) titles.set(column, title);
  for (const { column } of header.duplicates)
    titles.set(column, merges.source(header.rowNumber, column).text);
  const values = Object.values(header.valueColumns ?? {}) as ValueColumn[][];
  const mapped = new Set([...Object.values(header.fields), ...values.flat().map((p) => p.column)]);
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    if (mapped.has(column) || titles.has(column)) continue;
    if (merges.areaAt(header.rowNumber, column)) continue;
    for (let rowNumber = header.rowNumber + 1; rowNumber <= lastRow(grid); rowNumber++) {
      const source = merges.source(rowNumber, column);
      if (source.column === column && !isBlank(source.text)) {
        titles.set(column, columnLetter(column));
        break;
      }
    }
  }
  return new Map([...titles].sort(([a], [b]) => a - b));
}

function headerFindings(kind: AppendixKind, header: HeaderMatch<Field>): Finding[] {
  const findings: Finding[] = [];
  for (const field of kind.expected) {
    if (header.fields[field] !== undefined) continue;
    findings.push({
      code: 'missing-column',
      // A column the document's form does not have is a fact about its form: the checks on it did not run.
      severity: 'info',
      rowNumber: header.rowNumber,
      data: { field, title: fieldTitle(kind, field) },
    });
  }
  for (const { field, column, usedColumn, sameTitle, ranked } of header.duplicates) {
    // Sources beside amounts ("Nguồn vốn" | "Kinh phí (triệu đồng)"): two columns of the form, no duplicate.
    if (ranked) continue;
    findings.push({
      code: 'duplicate-column',
      // The same title twice is likely a column pasted twice; two titles of one field are the form's layout.
      severity: sameTitle ? 'warning' : 'info',
      rowNumber: header.rowNumber,
      column: columnLetter(column),
      cell: cellAddress(header.rowNumber, column),
      data: { field, title: fieldTitle(kind, field), usedColumn: columnLetter(usedColumn) },
    });
  }
  return findings;
}

function planFindings(plan: Plan, headerRow: number, referenceRow: number | undefined): Finding[] {
  if (referenceRow === undefined) {
    return [{ code: 'missing-plan-reference', severity: 'info', rowNumber: headerRow, data: {} }];
  }
  // "Kèm theo Kế hoạch số      /KH-UBND ngày    /12/2025": the line is there, the number not yet given.
  if (plan.number === null) {
    return [
      { code: 'missing-plan-reference', severity: 'info', rowNumber: referenceRow, data: { blank: true } },
    ];
  }
  if (plan.dateText !== null && plan.date === null) {
    return [
      {
        code: 'invalid-plan-date',
        severity: 'error',
        rowNumber: referenceRow,
        data: { text: plan.dateText },
      },
    ];
  }
  if (plan.dateText === null) {
    return [
      { code: 'missing-plan-date', severity: 'info', rowNumber: referenceRow, data: { number: plan.number } },
    ];
  }
  return [];
}

function rowKinds(
  grid: CellGrid,
  header: HeaderMatch<Field>,
  rows: readonly RowFacts[],
  kinds: readonly string[],
): RowInfo[] {
  const info: RowInfo[] = [];
  for (let rowNumber = grid.top; rowNumber < header.rowNumber; rowNumber++) {
    const blank = grid.texts[rowNumber - grid.top]?.every((text) => isBlank(text)) ?? true;
    info.push({ row: rowNumber, kind: blank ? 'blank' : 'title' });
  }
  for (let rowNumber = header.rowNumber; rowNumber <= header.lastRow; rowNumber++)
    info.push({ row: rowNumber, kind: 'header' });
  rows.forEach((facts, i) => info.push({ row: facts.rowNumber, kind: kinds[i] as RowInfo['kind'] }));
  return info;
}
