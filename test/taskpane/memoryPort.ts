import { act } from '@testing-library/react';
import { gridFromSpec } from '../helpers/specGrid';
import type {
  AgencySheetsWrite,
  AgencyWorkbookExport,
  CellChange,
  CellGrid,
  CellMark,
  CellValue,
  CheckWrite,
  ExistingState,
  HostCapabilities,
  ListSheetDrawing,
  RowView,
  SheetSpec,
  SheetTag,
  TaskPlacement,
  WorkbookPort,
} from '../../src/domain';
import {
  columnNumber,
  isAgencySheet,
  listSheetGrid,
  parseArea,
  planAgencySheets,
  planNotes,
  sheetNameFor,
  sortOutChanges,
  UnusableWorkbookError,
  uniqueSheetName,
} from '../../src/domain';

type Method = keyof WorkbookPort;

/** A gate the test opens when it has looked at the pane's busy state. */
export interface Hold {
  release: () => Promise<void>;
}

export interface MemoryWorkbookOptions {
  /** The officer's sheets, in tab order; the first is active unless `active` says otherwise. */
  sheets: CellGrid[];
  active?: string;
  capabilities?: HostCapabilities;
  /** Cells of the checked sheets that already carry a note the officer wrote. */
  officerNotes?: string[];
  /** Officer sheets that hold no grid worth reading (e.g. their own "Kết quả kiểm tra"). */
  otherSheets?: string[];
}

/**
 * An in-memory workbook behind the WorkbookPort: it keeps the sheets, the add-in's marks, notes and
 * generated sheets (tagged), records every call, reads back the settings sheet it was given, and can make
 * any call fail or wait for the test.
 */
export function memoryWorkbook(options: MemoryWorkbookOptions) {
  const sheets = new Map(options.sheets.map((grid) => [grid.sheetName, grid]));
  const active = options.active ?? options.sheets[0]?.sheetName ?? '';
  const capabilities = options.capabilities ?? { notes: true };
  // The agency sheets keep no spec: nothing reads them back.
  const generated = new Map<string, { tag: SheetTag; spec?: SheetSpec }>();
  const marks = new Map<string, CellMark[]>();
  const ourNotes = new Map<string, string[]>();
  const calls = {
    read: [] as Array<string | undefined>,
    writeCheck: [] as CheckWrite[],
    clearMarks: [] as string[],
    selectCell: [] as Array<[string, string]>,
    saveHiddenSheet: [] as SheetSpec[],
    showOnlyRows: [] as RowView[],
    writeAgencySheets: [] as AgencySheetsWrite[],
    exportAgencyWorkbook: [] as AgencyWorkbookExport[],
    restoreRows: [] as string[],
    addSheet: [] as ListSheetDrawing[],
    applyChanges: [] as Array<readonly CellChange[]>,
    removeAgencySheets: [] as Array<readonly string[]>,
    insertTask: [] as Array<[string, Pick<TaskPlacement, 'rowNumber' | 'cells'>]>,
    selection: [] as Array<{ sheet: string; cell: string } | undefined>,
  };
  // The cell the officer selected: the last one the add-in selected, or one a test selects.
  let selected: { sheet: string; cell: string } | undefined;
  const holds: Partial<Record<Method, Array<Promise<void>>>> = {};
  const failures: Partial<Record<Method, unknown[]>> = {};

  async function enter(method: Method): Promise<void> {
    const gate = holds[method]?.shift();
    if (gate) await gate;
    const failure = failures[method]?.shift();
    if (failure !== undefined) throw failure;
  }

  const allSheets = (): ExistingState['sheets'] => [
    ...[...sheets.keys(), ...(options.otherSheets ?? [])].map((name) => ({ name })),
    ...[...generated].map(([name, { tag }]) => ({ name, tag })),
  ];
  /** The add-in's sheet of that tag, read back as a grid (only the hidden sheets keep their spec). */
  const ownGrid = (tag: SheetTag): CellGrid | undefined => {
    const found = [...generated].find(([, sheet]) => sheet.tag === tag);
    return found?.[1].spec && gridFromSpec(found[1].spec, found[0]);
  };

  const port: WorkbookPort = {
    async read(sheetName) {
      calls.read.push(sheetName);
      await enter('read');
      const name = sheetName ?? active;
      const grid = sheets.get(name);
      if (!grid) {
        throw new UnusableWorkbookError('no-such-sheet', { sheet: name, available: [...sheets.keys()] });
      }
      const settings = ownGrid('settings');
      const reviews = ownGrid('reviews');
      return {
        sheetNames: [...sheets.keys(), ...(options.otherSheets ?? [])],
        grid,
        ...(settings ? { settings } : {}),
        ...(reviews ? { reviews } : {}),
        capabilities,
        existing: {
          sheets: allSheets(),
          markIds: (marks.get(name) ?? []).map((mark) => mark.cell),
          notes: [
            ...(options.officerNotes ?? []).map((cell) => ({ cell, ours: false })),
            ...(ourNotes.get(name) ?? []).map((cell) => ({ cell, ours: true })),
          ],
        },
      };
    },
    async writeCheck(write) {
      calls.writeCheck.push(write);
      await enter('writeCheck');
      const target = sheetNameFor(write.result.name, 'result', write.existing.sheets);
      generated.set(target.name, { tag: 'result', spec: write.result });
      marks.set(write.sheetName, write.marks);
      const plan = planNotes(write.marks, write.existing.notes);
      const written = capabilities.notes ? [...plan.add, ...plan.update].map((mark) => mark.cell) : [];
      ourNotes.set(write.sheetName, written);
      return {
        resultSheetName: target.name,
        resultSheetRenamed: target.renamed,
        notesWritten: written.length,
        notesKept: capabilities.notes ? plan.kept.length : 0,
      };
    },
    async clearMarks(sheetName) {
      calls.clearMarks.push(sheetName);
      await enter('clearMarks');
      const outcome = {
        marks: marks.get(sheetName)?.length ?? 0,
        notes: ourNotes.get(sheetName)?.length ?? 0,
      };
      marks.delete(sheetName);
      ourNotes.delete(sheetName);
      return outcome;
    },
    async selectCell(sheetName, cell) {
      calls.selectCell.push([sheetName, cell]);
      selected = { sheet: sheetName, cell };
      await enter('selectCell');
      if (!sheets.has(sheetName)) throw new Error(`The sheet "${sheetName}" does not exist.`);
    },
    async saveHiddenSheet(spec) {
      calls.saveHiddenSheet.push(spec);
      await enter('saveHiddenSheet');
      const target = sheetNameFor(spec.name, spec.tag, allSheets());
      generated.set(target.name, { tag: spec.tag, spec });
      return { name: target.name };
    },
    async writeAgencySheets(write) {
      calls.writeAgencySheets.push(write);
      await enter('writeAgencySheets');
      const plan = planAgencySheets(write);
      for (const name of plan.remove) generated.delete(name);
      for (const target of plan.sheets) generated.set(target.name, { tag: target.spec.tag });
      return { written: plan.sheets.map((target) => target.name), removed: plan.remove };
    },
    async exportAgencyWorkbook(file) {
      calls.exportAgencyWorkbook.push(file);
      await enter('exportAgencyWorkbook');
      return { how: 'downloaded' };
    },
    async showOnlyRows(view) {
      calls.showOnlyRows.push(view);
      await enter('showOnlyRows');
      return { hiddenRows: view.lastRow - view.firstRow + 1 - view.visibleRows.length, shared: true };
    },
    async restoreRows(sheetName) {
      calls.restoreRows.push(sheetName);
      await enter('restoreRows');
      return { exact: true };
    },
    async addSheet(drawing) {
      calls.addSheet.push(drawing);
      await enter('addSheet');
      // The officer's sheet from now on: read back as the renderers draw it.
      const name = uniqueSheetName(
        drawing.name,
        allSheets().map((sheet) => sheet.name),
      );
      sheets.set(name, listSheetGrid({ ...drawing, name }));
      return { name };
    },
    async applyChanges(changes) {
      calls.applyChanges.push(changes);
      await enter('applyChanges');
      const { write, skipped } = sortOutChanges(changes, (change) => {
        const grid = sheets.get(change.sheet);
        const value = grid && valueAt(grid, change.cell);
        return value === undefined ? undefined : { value, formula: false };
      });
      for (const change of write) typeInto(change.sheet, change.cell, change.after);
      return { written: write, skipped };
    },
    async insertTask(sheetName, placement) {
      calls.insertTask.push([sheetName, placement]);
      await enter('insertTask');
      const grid = sheets.get(sheetName);
      if (!grid) throw new UnusableWorkbookError('no-such-sheet', { sheet: sheetName });
      // Rows from the placement on move down one; merged areas are not modelled here (see the adapters).
      const at = placement.rowNumber - grid.top;
      const width = grid.values[0]?.length ?? 0;
      const row: CellValue[] = Array.from({ length: width }, () => null);
      for (const { column, text } of placement.cells) row[columnNumber(column) - grid.left] = text;
      const values = [...grid.values.slice(0, at), row, ...grid.values.slice(at)];
      const texts = values.map((r) => r.map((v) => (v === null ? '' : String(v))));
      sheets.set(sheetName, { ...grid, values, texts });
    },
    async selection() {
      calls.selection.push(selected);
      await enter('selection');
      return selected;
    },
    async removeAgencySheets(confirmed) {
      calls.removeAgencySheets.push(confirmed);
      await enter('removeAgencySheets');
      const removed = confirmed.filter((name) => isAgencySheet({ tag: generated.get(name)?.tag }));
      for (const name of removed) generated.delete(name);
      return { removed, kept: confirmed.filter((name) => !removed.includes(name)) };
    },
  };

  /** The cell's value now, as the officer sees it. */
  function valueAt(grid: CellGrid, cell: string): CellValue | undefined {
    const { top, left } = parseArea(cell);
    return grid.values[top - grid.top]?.[left - grid.left];
  }

  /** Writes a cell's value (the officer typing, or a fix applied). */
  function typeInto(sheetName: string, cell: string, value: CellValue): void {
    const grid = sheets.get(sheetName);
    if (!grid) throw new Error(`memory workbook: no sheet ${sheetName}`);
    const { top, left } = parseArea(cell);
    const values = grid.values.map((row, r) =>
      r === top - grid.top ? row.map((old, c) => (c === left - grid.left ? value : old)) : row,
    );
    const texts = values.map((row) => row.map((v) => (v === null ? '' : String(v))));
    sheets.set(sheetName, { ...grid, values, texts });
  }

  return {
    port,
    calls,
    /** The officer types into a cell of one of their sheets. */
    typeInto,
    /** The officer selects a cell. */
    select: (sheet: string, cell: string) => void (selected = { sheet, cell }),
    /** A cell's value now. */
    valueOf: (sheetName: string, cell: string) => {
      const grid = sheets.get(sheetName);
      return grid && valueAt(grid, cell);
    },
    /** The marks the last check left on a sheet. */
    marksOn: (sheetName: string) => marks.get(sheetName) ?? [],
    /** The next call of `method` fails with `error`. */
    failNext(method: Method, error: unknown) {
      (failures[method] ??= []).push(error);
    },
    /** The next call of `method` waits until the test releases it (inside act). */
    hold(method: Method): Hold {
      let open: () => void = () => undefined;
      (holds[method] ??= []).push(new Promise<void>((resolve) => (open = resolve)));
      return { release: () => act(async () => open()) };
    },
  };
}

export type MemoryWorkbook = ReturnType<typeof memoryWorkbook>;
