import type {
  Appendix,
  CellArea,
  CellGrid,
  CellValue,
  CheckWrite,
  Finding,
  WorkbookSnapshot,
} from '../../src/domain';
import {
  cellAddress,
  cellMarks,
  DEFAULT_SETTINGS,
  parseAppendix,
  resultSheetSpec,
  validate,
  workbookRegistry,
} from '../../src/domain';
import { sampleGrid } from '../helpers/grid';

/** The fixture's task sheet, as the ExcelJS reader sees it. */
export const fixtureGrid = sampleGrid;

/**
 * A large appendix made from the fixture: its title and header rows (1–5), then its body (rows 6–127,
 * sections, tasks and merged cells) repeated until the sheet has `rowCount` rows.
 */
export async function repeatedFixture(rowCount: number): Promise<CellGrid> {
  const grid = await sampleGrid();
  const headRows = 5;
  const body = grid.values.slice(headRows);
  const bodyTexts = grid.texts.slice(headRows);
  const bodyMerges = grid.merges.filter((m) => m.top > headRows);
  const values: CellValue[][] = grid.values.slice(0, headRows).map((row) => [...row]);
  const texts: string[][] = grid.texts.slice(0, headRows).map((row) => [...row]);
  const merges: CellArea[] = grid.merges.filter((m) => m.top <= headRows);
  for (let copy = 0; values.length < rowCount; copy++) {
    const shift = copy * body.length;
    const room = rowCount - values.length;
    values.push(...body.slice(0, room).map((row) => [...row]));
    texts.push(...bodyTexts.slice(0, room).map((row) => [...row]));
    for (const m of bodyMerges) {
      if (m.bottom + shift <= rowCount) merges.push({ ...m, top: m.top + shift, bottom: m.bottom + shift });
    }
  }
  return { ...grid, values, texts, merges };
}

/** A plain sheet of `rowCount` rows × 6 columns of short text, for sync counts that do not depend on content. */
export function plainGrid(sheetName: string, rowCount: number): CellGrid {
  const values: CellValue[][] = Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: 6 }, (_, c) => (c === 0 ? r + 1 : `Ô ${cellAddress(r + 1, c + 1)}`)),
  );
  return {
    sheetName,
    top: 1,
    left: 1,
    values,
    texts: values.map((row) => row.map((v) => String(v))),
    merges: [],
  };
}

/**
 * `count` findings on distinct cells of a repeated fixture, with real codes and messages: a worst case for
 * the write (thousands of marks, notes and result rows).
 */
export async function manyFindings(count: number): Promise<{ grid: CellGrid; findings: Finding[] }> {
  const rows = Math.ceil(count / 3) + 10;
  const grid = await repeatedFixture(rows);
  const columns = ['C', 'E', 'F'] as const;
  const findings: Finding[] = Array.from({ length: count }, (_, i) => {
    const rowNumber = 6 + Math.floor(i / 3);
    const column = columns[i % 3] ?? 'C';
    // Each worded differently, so that the result sheet has one row per finding (the worst case).
    const code = column === 'C' ? 'vague-agency' : column === 'E' ? 'weak-legal-basis' : 'invalid-timeframe';
    const data =
      column === 'C'
        ? { agency: `Các sở, ban, ngành, địa phương liên quan (${rowNumber})` }
        : column === 'E'
          ? {
              text: `Kế hoạch của Tỉnh ủy về công tác đối ngoại năm 2024 và các văn bản có liên quan (${rowNumber})`,
            }
          : { kind: 'quarter', text: `Quý V (dòng ${rowNumber})` };
    return {
      code,
      severity: column === 'F' ? 'error' : 'warning',
      rowNumber,
      column,
      cell: `${column}${rowNumber}`,
      data,
    };
  });
  return { grid, findings };
}

/**
 * The write `checkWorkbook` would make after a read: the same pure steps (parse, validate with the
 * workbook's registry, marks, result sheet), so a test can call writeCheck on its own and count its syncs.
 */
export function planCheck(
  snapshot: WorkbookSnapshot,
  options: { activateResult?: boolean; checkedAt?: string } = {},
): { findings: Finding[]; write: CheckWrite } {
  const appendix = parseAppendix(snapshot.grid);
  const { registry, findings: registryFindings } = workbookRegistry(snapshot.registry);
  const validation = validate(appendix, DEFAULT_SETTINGS, { registry });
  const findings = [...registryFindings, ...validation.findings];
  return { findings, write: writeFor(appendix, findings, snapshot, options) };
}

export function writeFor(
  appendix: Appendix,
  findings: Finding[],
  snapshot: Pick<WorkbookSnapshot, 'existing'>,
  options: { activateResult?: boolean; checkedAt?: string } = {},
): CheckWrite {
  return {
    sheetName: appendix.sheet,
    marks: cellMarks(findings, appendix.sheet, {
      rowColumn: appendix.columns.tt ?? 'A',
      headerRow: appendix.headerRow,
    }),
    result: resultSheetSpec({
      appendix,
      findings,
      asOf: appendix.plan.date,
      checkedAt: options.checkedAt ?? '23/11/2026 09:15',
    }),
    existing: snapshot.existing,
    activateResult: options.activateResult ?? false,
  };
}
