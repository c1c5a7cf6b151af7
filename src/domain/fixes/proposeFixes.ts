import type { CellGrid } from '../grid';
import { columnLetter, columnNumber, parseArea } from '../grid';
import { provinceById } from '../agencies';
import { MergeLookup } from '../mergeLookup';
import type { TaskAnalysis } from '../rules';
import type { Appendix, Finding } from '../schema';
import { FIELDS, valueColumnsOf } from '../schema';
import { convertLegacy, detectLegacyEncoding, tidySpaces, withoutLookAlikes } from '../text';
import type { CellChange, FixableCode } from './cellChange';
import { FIXABLE_CODES, isFixableCode } from './cellChange';
import type { ProvinceLevel, SpanEdit } from './spanEdits';
import { agencyEdit, applySpanEdits, citationSpacingEdit } from './spanEdits';

/** What a check learnt, with the grid it read: the inputs of a fix preview. */
export interface FixInput {
  grid: CellGrid;
  appendix: Appendix;
  analyses: readonly TaskAnalysis[];
  findings: readonly Finding[];
}

/**
 * The cells the safe fixes would rewrite, one change per cell with every fix that applies to it: the
 * legacy encoding converted, decomposed Unicode composed, look-alike letters written as the letters they
 * stand for, a variant agency name made canonical, the stray spaces of a citation's symbol removed, stray
 * spaces tidied. Only the appendix's own cells (task rows,
 * known columns, never a cell inside a merged area but its first), only text values, and only into text
 * Excel reads as text (never a number, a date or a formula). A cell converted
 * from a legacy encoding or composed gets its other fixes on the next check, when the offsets the rules
 * found are the cell's again.
 * @example proposeFixes(checked).map((c) => `${c.cell}: ${c.before} → ${c.after}`) // ['E85: … 82/KH- UBND … → … 82/KH-UBND …']
 */
export function proposeFixes(input: FixInput, only: readonly FixableCode[] = FIXABLE_CODES): CellChange[] {
  const { appendix } = input;
  const byCell = new Map<string, Finding[]>();
  for (const finding of input.findings) {
    if (!finding.cell || (finding.sheet !== undefined && finding.sheet !== appendix.sheet)) continue;
    if (!isFixableCode(finding.code) || !only.includes(finding.code)) continue;
    const list = byCell.get(finding.cell) ?? [];
    list.push(finding);
    byCell.set(finding.cell, list);
  }
  const context = new FixContext(input);
  const changes: CellChange[] = [];
  for (const [cell, findings] of byCell) {
    const change = context.changeAt(cell, findings);
    if (change) changes.push(change);
  }
  return changes.sort((a, b) => a.rowNumber - b.rowNumber || columnNumber(a.column) - columnNumber(b.column));
}

class FixContext {
  private readonly merges: MergeLookup;
  private readonly columns: ReadonlySet<string>;
  private readonly taskAtRow = new Map<number, number>();
  private readonly level: ProvinceLevel | null;

  constructor(private readonly input: FixInput) {
    const { plan } = input.appendix;
    this.level = plan.province ? (provinceById(plan.province)?.level ?? null) : null;
    this.merges = new MergeLookup(input.grid);
    // A field written one column per value (a timetable, funding by source) is composed from several cells:
    // its text is no cell's, so no fix rewrites them.
    const composed = new Set(
      FIELDS.flatMap((f) => valueColumnsOf(input.appendix, f) ?? []).map((v) => v.column),
    );
    this.columns = new Set(Object.values(input.appendix.columns).filter((column) => !composed.has(column)));
    input.appendix.tasks.forEach((task, index) => {
      for (const row of task.rows) if (!this.taskAtRow.has(row)) this.taskAtRow.set(row, index);
    });
  }

  changeAt(cell: string, findings: readonly Finding[]): CellChange | undefined {
    const { top: rowNumber, left } = parseArea(cell);
    const column = columnLetter(left);
    const raw = this.textAt(rowNumber, column);
    if (raw === undefined) return undefined;
    const codes = new Set<FixableCode>();
    const has = (code: FixableCode) => findings.some((f) => f.code === code);
    let text = raw;
    const encoding = has('legacy-encoding') ? detectLegacyEncoding(raw) : undefined;
    if (encoding) text = mark(codes, 'legacy-encoding', text, convertLegacy(raw, encoding));
    if (has('non-nfc-text')) text = mark(codes, 'non-nfc-text', text, text.normalize('NFC'));
    if (has('odd-letter')) text = mark(codes, 'odd-letter', text, withoutLookAlikes(text));
    if (text === raw) {
      const edited = applySpanEdits(raw, this.spanEdits(raw, rowNumber, findings));
      for (const edit of edited.applied) codes.add(edit.code);
      text = edited.text;
    }
    if (has('extra-whitespace')) text = mark(codes, 'extra-whitespace', text, tidySpaces(text));
    if (text === raw || !staysText(text)) return undefined;
    const sheet = this.input.appendix.sheet;
    return { sheet, cell, rowNumber, column, before: raw, after: text, codes: [...codes] };
  }

  /** The cell's text when a fix may touch it: a text value in the appendix's data, not inside a merge. */
  private textAt(rowNumber: number, column: string): string | undefined {
    const { grid, appendix } = this.input;
    if (rowNumber <= appendix.headerRow || !this.columns.has(column)) return undefined;
    const col = columnNumber(column);
    const area = this.merges.areaAt(rowNumber, col);
    if (area && (area.top !== rowNumber || area.left !== col)) return undefined;
    const value = grid.values[rowNumber - grid.top]?.[col - grid.left];
    return typeof value === 'string' ? value : undefined;
  }

  private spanEdits(raw: string, rowNumber: number, findings: readonly Finding[]): SpanEdit[] {
    const taskIndex = this.taskAtRow.get(rowNumber);
    const analysis = taskIndex === undefined ? undefined : this.input.analyses[taskIndex];
    if (!analysis) return [];
    return findings.flatMap((finding) => {
      const edit =
        finding.code === 'malformed-citation'
          ? citationSpacingEdit(raw, finding, analysis)
          : AGENCY_CODES.has(finding.code)
            ? agencyEdit(raw, finding, analysis, this.level)
            : undefined;
      return edit ? [edit] : [];
    });
  }
}

// Findings on an agency's name: a known body written otherwise, renamed to its registry name (agencyEdit).
const AGENCY_CODES: ReadonlySet<string> = new Set([
  'agency-name-variant',
  'agency-name-inconsistent',
  'agency-typo',
]);

// What Excel would take for a number, a date, a truth value or a formula when typed: " 2024 " tidied to
// "2024" would stop being text. Such a cell is left for the officer.
const NOT_TEXT = /^(?:[=+\-@']|[\d\s.,:/%-]*$|(?:true|false)$)/iu;

function staysText(text: string): boolean {
  return !NOT_TEXT.test(text);
}

function mark(codes: Set<FixableCode>, code: FixableCode, before: string, after: string): string {
  if (after !== before) codes.add(code);
  return after;
}
