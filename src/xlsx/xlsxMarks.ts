import type ExcelJS from 'exceljs';
import type { CellArea, CellMark, Severity } from '../domain';
import { formatArea, MARK_FILLS, markFormula, markSeverity, parseArea } from '../domain';
import { worksheetInternals } from './worksheetInternals';

/**
 * Findings marked in an .xlsx the way the Office.js adapter marks them inside Excel (src/excel/
 * conditionalMarks.ts, docs/decisions.md D27): one conditional format per severity whose always-true formula
 * names the add-in, so the officer's own fills are never changed and "Xoá đánh dấu" removes exactly ours.
 * The formula and colours are the domain's (markStyle.ts), the same in both adapters, so a workbook marked in
 * the workbench and opened in Excel is cleared by the add-in, and the other way round.
 */
/** ExcelJS writes conditional-format formulas without the leading "=". */
export function xlsxMarkFormula(severity: Severity): string {
  return markFormula(severity).slice(1);
}

type ConditionalFormat = ExcelJS.ConditionalFormattingOptions;

/** A conditional format is ours when its only rule is one of our formulas. */
function severityOf(format: ConditionalFormat): Severity | undefined {
  const [rule, ...others] = format.rules;
  if (!rule || others.length > 0 || rule.type !== 'expression') return undefined;
  return markSeverity(rule.formulae?.[0] ?? '');
}

/** An identifier for one of our conditional formats, stable between a read and the write that follows. */
function markId(format: ConditionalFormat): string {
  return `${format.ref}|${severityOf(format) ?? ''}`;
}

/** The ids of the add-in's conditional formats on the sheet (what `ExistingState.markIds` carries). */
export function markIds(sheet: ExcelJS.Worksheet): string[] {
  return worksheetInternals(sheet)
    .conditionalFormattings.filter((format) => severityOf(format))
    .map(markId);
}

/**
 * Removes the add-in's conditional formats — those listed, or all of them — and no other. Returns how
 * many were removed.
 */
export function removeMarks(sheet: ExcelJS.Worksheet, ids?: readonly string[]): number {
  const wanted = ids ? new Set(ids) : undefined;
  const before = worksheetInternals(sheet).conditionalFormattings.length;
  sheet.removeConditionalFormatting(
    (format: ConditionalFormat) =>
      !severityOf(format) || (wanted !== undefined && !wanted.has(markId(format))),
  );
  return before - worksheetInternals(sheet).conditionalFormattings.length;
}

/** Adds one conditional format per severity over the marked cells (consecutive rows of a column joined). */
export function addMarks(
  sheet: ExcelJS.Worksheet,
  marks: ReadonlyArray<Pick<CellMark, 'cell' | 'severity'>>,
) {
  for (const severity of ['error', 'warning', 'info'] as const) {
    const cells = marks.filter((mark) => mark.severity === severity).map((mark) => mark.cell);
    if (cells.length === 0) continue;
    sheet.addConditionalFormatting({
      ref: columnRuns(cells).join(' '),
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [xlsxMarkFormula(severity)],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(severity) } } },
        },
      ],
    });
  }
}

/** Every marked cell of the sheet with its severity ("E110" → 'error'), for showing the marks. */
export function markedCells(sheet: ExcelJS.Worksheet): Map<string, Severity> {
  const cells = new Map<string, Severity>();
  for (const format of worksheetInternals(sheet).conditionalFormattings) {
    const severity = severityOf(format);
    if (!severity) continue;
    for (const area of format.ref.split(/\s+/u).filter(Boolean).map(parseArea)) {
      for (let row = area.top; row <= area.bottom; row++) {
        for (let column = area.left; column <= area.right; column++) {
          cells.set(formatArea({ top: row, left: column, bottom: row, right: column }), severity);
        }
      }
    }
  }
  return cells;
}

/** Cells → areas, consecutive rows of one column joined: E60, E61, E62 → E60:E62. */
export function columnRuns(cells: readonly string[]): string[] {
  const sorted = cells.map(parseArea).sort((a, b) => a.left - b.left || a.top - b.top);
  const areas: CellArea[] = [];
  for (const cell of sorted) {
    const last = areas[areas.length - 1];
    if (last && last.left === cell.left && cell.top <= last.bottom + 1)
      last.bottom = Math.max(last.bottom, cell.top);
    else areas.push({ ...cell });
  }
  return areas.map(formatArea);
}

function argb(severity: Severity): string {
  return `FF${MARK_FILLS[severity].slice(1)}`;
}
