import type {
  CellArea,
  CellGrid,
  ExistingState,
  HostCapabilities,
  SheetTag,
  WorkbookSnapshot,
} from '../domain';
import {
  errorCode,
  isMarkFormula,
  isMarkNote,
  ownedSheetTag,
  REGISTRY_SHEET_NAME,
  SHEET_STRINGS,
  SHEET_TAG_PROPERTY,
  UnusableWorkbookError,
} from '../domain';
import { loadRows } from './loadRows';
import { mergedAreas } from './mergedAreas';
import { toGrid } from './toGrid';

/**
 * `Range.getMergedAreasOrNullObject()` "will fail to return the result" above 512 merged areas
 * (@types/office-js, ExcelApi 1.13). It reports the areas whose top-left cell lies in the range
 * (office-js#3611), and distinct areas have distinct top-left cells, so a block of at most 512 cells can
 * never exceed the limit (a sheet wider than 512 columns gets one-row blocks, which could in theory).
 */
export const MERGED_AREAS_PER_CALL = 512;

const loose = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * Reads what a check needs in two round trips, plus one per extra chunk of a sheet too large for one
 * response (Excel on the web rejects responses over 5 MB):
 * 1. the worksheets, the sheet to check (named, or the active one), its used range's size, its conditional
 *    formats and notes;
 * 2. the sheet's values and display text (first chunk), its merged areas block by block, the registry and
 *    settings sheets, every sheet's tag, where each note sits and which conditional formats are the add-in's.
 * The second trip needs the first: blocks are cut from the used range's size, and Office documents no
 * behaviour for methods called on a null object (an empty sheet) in the batch that produced it.
 * @example await runExcel((context) => readWorkbook(context, undefined, { notes: true })) → { grid, existing, … }
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  sheetName: string | undefined,
  capabilities: HostCapabilities,
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const sheet = sheetName ? worksheets.getItem(sheetName) : worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  const formats = sheet.getRange().conditionalFormats;
  formats.load('items/id,items/type');
  const notes = capabilities.notes ? sheet.notes : undefined;
  notes?.load('items/content');
  await syncNamed(context, sheetName);

  const names = worksheets.items.map((ws) => ws.name);
  let second: SecondTrip | undefined;
  const rows = await loadRows(context, sheet, extentOf(used), () => {
    second = queueSecondTrip(context, { sheet, used, names, formats, notes });
  });
  if (!second) throw new Error('readWorkbook: the second round trip was not queued');
  const trip = second;
  const sheets: ExistingState['sheets'] = names.map((name, i) => {
    const hidden = worksheets.items[i]?.visibility !== 'Visible' ? { hidden: true } : {};
    const tag = ownedTag(trip.tags[i], name);
    return tag ? { name, tag, ...hidden } : { name, ...hidden };
  });
  const existing: ExistingState = {
    sheets,
    markIds: trip.customRules.filter((r) => isMarkFormula(r.rule.formula)).map((r) => r.id),
    notes: (notes?.items ?? []).map((note, i) => ({
      cell: bareCell(trip.noteCells[i]?.address ?? ''),
      ours: isMarkNote(note.content),
    })),
  };
  const extent = used.isNullObject ? undefined : areaOf(used);
  return {
    sheetNames: worksheets.items
      .filter((ws, i) => ws.visibility === 'Visible' && sheets[i]?.tag === undefined)
      .map((ws) => ws.name),
    grid: extent
      ? toGrid(sheet.name, extent, rows.values, rows.text, mergesOf(trip.mergeBlocks, extent))
      : toGrid(sheet.name, undefined, [], [], []),
    ...sideGrids(trip, sheets),
    capabilities,
    existing,
  };
}

/** A sheet's tag property and its A1, loaded together: the tag counts only with the name and A1 it names. */
export interface TagLoad {
  property: Excel.WorksheetCustomProperty;
  firstCell: Excel.Range;
}

export function queueTag(sheet: Excel.Worksheet): TagLoad {
  return {
    property: sheet.customProperties.getItemOrNullObject(SHEET_TAG_PROPERTY).load('value'),
    firstCell: sheet.getRange('A1').load('values'),
  };
}

/** The add-in's tag of the sheet, after the sync, if the sheet is still the add-in's (ownedSheetTag). */
export function ownedTag(load: TagLoad | undefined, name: string): SheetTag | undefined {
  if (!load || load.property.isNullObject) return undefined;
  return ownedSheetTag(load.property.value, name, load.firstCell.values[0]?.[0]);
}

interface SecondTrip {
  tags: TagLoad[];
  noteCells: Excel.Range[];
  customRules: Array<{ id: string; rule: Excel.ConditionalFormatRule }>;
  mergeBlocks: Excel.RangeAreas[];
  side: Array<{ name: string; used: Excel.Range }>;
}

function queueSecondTrip(
  context: Excel.RequestContext,
  first: {
    sheet: Excel.Worksheet;
    used: Excel.Range;
    names: string[];
    formats: Excel.ConditionalFormatCollection;
    notes: Excel.NoteCollection | undefined;
  },
): SecondTrip {
  const { sheet, used, names, formats, notes } = first;
  const worksheets = context.workbook.worksheets;
  const tags = names.map((name) => queueTag(worksheets.getItem(name)));
  const noteCells = (notes?.items ?? []).map((note) => note.getLocation().load('address'));
  const customRules = formats.items
    .filter((format) => format.type === 'Custom')
    .map((format) => ({ id: format.id, rule: format.custom.rule.load('formula') }));
  const mergeBlocks = used.isNullObject
    ? []
    : rowBlocks(used.rowCount, used.columnCount).map(({ offset, rows }) =>
        sheet
          .getRangeByIndexes(used.rowIndex + offset, used.columnIndex, rows, used.columnCount)
          .getMergedAreasOrNullObject()
          .load('address'),
      );
  const side = names
    .filter((name) => isSideSheet(name))
    .map((name) => ({
      name,
      used: worksheets
        .getItem(name)
        .getUsedRangeOrNullObject(true)
        .load(['values', 'text', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']),
    }));
  return { tags, noteCells, customRules, mergeBlocks, side };
}

/**
 * The registry sheet by name, and candidates for the settings and reviews sheets (their tags decide after
 * the trip).
 */
function isSideSheet(name: string): boolean {
  return (
    loose(name) === loose(REGISTRY_SHEET_NAME) ||
    loose(name).startsWith(loose(SHEET_STRINGS.vi.settingsSheet)) ||
    loose(name).startsWith(loose(SHEET_STRINGS.vi.reviewsSheet))
  );
}

function sideGrids(
  trip: SecondTrip,
  sheets: ExistingState['sheets'],
): Pick<WorkbookSnapshot, 'registry' | 'settings' | 'reviews'> {
  const out: Pick<WorkbookSnapshot, 'registry' | 'settings' | 'reviews'> = {};
  for (const { name, used } of trip.side) {
    if (used.isNullObject) continue;
    const grid = (): CellGrid => toGrid(name, areaOf(used), used.values, used.text, []);
    if (loose(name) === loose(REGISTRY_SHEET_NAME)) out.registry = grid();
    else if (sheets.find((s) => s.name === name)?.tag === 'settings') out.settings = grid();
    else if (sheets.find((s) => s.name === name)?.tag === 'reviews') out.reviews = grid();
  }
  return out;
}

/** Consecutive row blocks covering `rowCount` rows, each with at most MERGED_AREAS_PER_CALL cells. */
export function rowBlocks(rowCount: number, columnCount: number): Array<{ offset: number; rows: number }> {
  const size = Math.max(1, Math.floor(MERGED_AREAS_PER_CALL / Math.max(1, columnCount)));
  const blocks: Array<{ offset: number; rows: number }> = [];
  for (let offset = 0; offset < rowCount; offset += size) {
    blocks.push({ offset, rows: Math.min(size, rowCount - offset) });
  }
  return blocks;
}

function mergesOf(blocks: Excel.RangeAreas[], extent: CellArea): CellArea[] {
  return blocks.flatMap((areas) => (areas.isNullObject ? [] : mergedAreas(areas.address, extent)));
}

function extentOf(used: Excel.Range) {
  if (used.isNullObject) return { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
  return {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };
}

function areaOf(used: Excel.Range): CellArea {
  return {
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    bottom: used.rowIndex + used.rowCount,
    right: used.columnIndex + used.columnCount,
  };
}

/** "'Phụ lục 1'!$E$110" → "E110". */
function bareCell(address: string): string {
  return address.replace(/^.*!/, '').replace(/\$/g, '');
}

/** A sheet named by the officer that does not exist is an unusable-workbook error, not a crash. */
async function syncNamed(context: Excel.RequestContext, sheetName: string | undefined): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (sheetName && errorCode(error) === 'ItemNotFound') {
      throw new UnusableWorkbookError('no-such-sheet', { sheet: sheetName }, { cause: error });
    }
    throw error;
  }
}
