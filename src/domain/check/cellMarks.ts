import { formatFinding, severityLabel } from '../messages';
import type { Lang } from '../messages';
import type { CellMark } from '../port';
import type { Finding, Severity } from '../schema';
import { fingerprint } from '../fingerprint';

/**
 * Every note the add-in writes starts with this line, followed by " · " and the fingerprint of the lines
 * below it: a note is the add-in's only while that fingerprint still matches, so clearing or re-checking
 * never removes an officer's note that happens to start the same way, nor one whose text the officer
 * added to (issue 13).
 */
export const MARK_NOTE_TAG = 'Ma trận nhiệm vụ';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One mark per cell of the checked sheet that has findings: the worst severity (for the fill) and a note
 * listing every finding in the cell, worst first. A finding without a cell marks its row's cell in
 * `table.rowColumn` (the TT column), so row-level findings are visible too — except on the header row,
 * where a finding without a cell is about the sheet (a column missing) and no cell is its place: the
 * result sheet and the pane say it. Findings on other sheets (the registry sheet) are left to the result
 * sheet.
 * @example cellMarks([{ code: 'missing-funding', severity: 'warning', rowNumber: 67, cell: 'F67', … }], 'Phụ lục 1', { rowColumn: 'A', headerRow: 5 })
 *   → [{ cell: 'F67', severity: 'warning', note: 'Ma trận nhiệm vụ\n• [Cảnh báo] Thiếu nguồn kinh phí …' }]
 */
export function cellMarks(
  findings: readonly Finding[],
  sheetName: string,
  table: { rowColumn: string; headerRow: number },
  lang: Lang = 'vi',
): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.sheet !== undefined && finding.sheet !== sheetName) continue;
    if (!finding.cell && !finding.column && finding.rowNumber === table.headerRow) continue;
    const cell = finding.cell ?? `${finding.column ?? table.rowColumn}${finding.rowNumber}`;
    const list = byCell.get(cell);
    if (list) list.push(finding);
    else byCell.set(cell, [finding]);
  }
  return [...byCell].map(([cell, list]) => {
    const sorted = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const lines = sorted.map((f) => `• [${severityLabel(f.severity, lang)}] ${formatFinding(f, lang)}`);
    // Every list has a finding: it was created with one.
    const severity = sorted[0]?.severity ?? 'info';
    return { cell, severity, note: markNoteText(lines) };
  });
}

/**
 * A note the add-in writes: the tag line with the fingerprint of the body, then the body.
 * @example markNoteText(['• [Lỗi] …']) → 'Ma trận nhiệm vụ · 1a2b3c4d\n• [Lỗi] …'
 */
export function markNoteText(lines: readonly string[]): string {
  const body = lines.join('\n');
  return `${MARK_NOTE_TAG} · ${fingerprint(body)}\n${body}`;
}

/** Whether a note's text is one the add-in wrote, unchanged since. */
export function isMarkNote(content: string): boolean {
  const normal = content.replace(/\r\n?/gu, '\n');
  const end = normal.indexOf('\n');
  if (end < 0) return false;
  const tag = /^Ma trận nhiệm vụ · ([0-9a-f]{8})$/u.exec(normal.slice(0, end).trimEnd());
  return tag !== null && tag[1] === fingerprint(normal.slice(end + 1));
}
