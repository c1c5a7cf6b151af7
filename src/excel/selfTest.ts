import type { SelfTestCheck, SelfTestHost, SelfTestId, SelfTestReport } from '../domain';
import { cellAddress, errorCode, isMarkFormula, MARK_FILLS, markFormula, sheetNameFor } from '../domain';
import { literalBlock } from './literalText';
import { resetListSeparator } from './listSeparator';
import { mergedAreas } from './mergedAreas';
import { restoreRows, showOnlyRows } from './rowView';
import { runExcel } from './runExcel';
import { learnListSeparator, removeMarks } from './writeCheck';

/** What the self-test needs of its host besides `Excel.run`. */
export interface SelfTestEnvironment {
  /** Office.context.diagnostics. */
  diagnostics: { application: string; platform: string; version: string };
  /** Office.context.requirements.isSetSupported (the version as a string, as documented). */
  isSetSupported: (set: string, version: string) => boolean;
  /** Whether `Excel.createWorkbook` exists (ExcelApi 1.8): by default, whether the global has it. */
  canCreateWorkbook?: boolean;
}

const SETS: ReadonlyArray<[string, string]> = [
  ['ExcelApi', '1.9'],
  ['ExcelApi', '1.12'],
  ['ExcelApi', '1.13'],
  ['ExcelApi', '1.14'],
  ['ExcelApi', '1.17'],
  ['ExcelApi', '1.18'],
  ['ExcelApi', '1.20'],
  ['ExcelApiOnline', '1.1'],
];

const SHEET_NAME = 'Tự kiểm tra';
const KEY = 'MaTranNhiemVu.selfTest';
/** Texts that go wrong when written naively: formulas, bullets, an apostrophe, numbers and dates as text. */
const LITERALS = [
  '- Sở Nội vụ',
  '=1+1',
  '+84 912',
  "'đã có nháy",
  '@SUM(A1)',
  '2024',
  '12/2025',
  'Dòng 1\n- dòng 2',
  '"Đề án" 06',
];
const OFFICERS_FORMULA = '=ISTEXT("cua-can-bo")';

class Failed extends Error {}
/** A check's outcome other than passing: what was seen instead. */
function fail(detail: string): never {
  throw new Failed(detail);
}

type Outcome = 'passed' | 'unavailable';

/**
 * "Tự kiểm tra": on a sheet of its own, each behaviour the add-in relies on and every API it uses above
 * ExcelApi 1.13, through the add-in's own code where there is one (literal text, the list separator, the
 * marks' identification and deletion, merged areas, the agency filter), each in a run of its own so one
 * failure does not hide the others; then the sheet is removed. Nothing of the officer's is touched: the
 * sheet is new (its name chosen around the workbook's), and the setting and property keys are the
 * self-test's own, removed again.
 * @example const report = await runSelfTest({ diagnostics, isSetSupported, canCreateWorkbook: true })
 */
export async function runSelfTest(environment: SelfTestEnvironment): Promise<SelfTestReport> {
  const { isSetSupported } = environment;
  const host: SelfTestHost = {
    ...environment.diagnostics,
    sets: SETS.map(([name, version]) => ({ name, version, supported: isSetSupported(name, version) })),
  };
  const sheetName = await runExcel(addSheet);
  const checks: SelfTestCheck[] = [];
  const attempt = async (id: SelfTestId, check: () => Promise<Outcome>) => {
    try {
      checks.push({ id, status: await check() });
    } catch (error) {
      checks.push({
        id,
        status: 'failed',
        detail: error instanceof Failed ? error.message : describe(error),
      });
    }
  };
  try {
    await attempt('literal-text', () => runExcel((context) => literalText(context, sheetName)));
    await attempt('list-separator', () => runExcel((context) => separator(context, sheetName)));
    await attempt('conditional-formats', () => runExcel((context) => conditionalFormats(context, sheetName)));
    await attempt('merged-areas', () => runExcel((context) => merged(context, sheetName)));
    await attempt('notes', () =>
      isSetSupported('ExcelApi', '1.18') ? runExcel((context) => notes(context, sheetName)) : unavailable(),
    );
    await attempt('row-hiding', () => runExcel((context) => rowHiding(context, sheetName)));
    await attempt('sheet-views', () =>
      isSetSupported('ExcelApiOnline', '1.1') ? sheetViews(sheetName) : unavailable(),
    );
    await attempt('custom-properties', () =>
      runExcel((context) =>
        storeRoundTrip(context, context.workbook.worksheets.getItem(sheetName).customProperties),
      ),
    );
    await attempt('settings', () =>
      runExcel((context) => storeRoundTrip(context, context.workbook.settings)),
    );
    await attempt('page-layout', () => runExcel((context) => pageLayout(context, sheetName)));
    await attempt('undo-group', () =>
      isSetSupported('ExcelApi', '1.20')
        ? runExcel((context) => undoGroup(context, sheetName), { undoGroup: true })
        : unavailable(),
    );
    await attempt('create-workbook', () =>
      Promise.resolve(
        (environment.canCreateWorkbook ?? typeof Excel.createWorkbook === 'function')
          ? 'passed'
          : 'unavailable',
      ),
    );
  } finally {
    await runExcel(async (context) => {
      context.workbook.worksheets.getItem(sheetName).delete();
      await context.sync();
    });
  }
  return { host, checks };
}

function unavailable(): Promise<Outcome> {
  return Promise.resolve('unavailable');
}

function describe(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code}: ${message}` : message;
}

/** A new sheet named around the workbook's ("Tự kiểm tra", "Tự kiểm tra (2)", …). */
async function addSheet(context: Excel.RequestContext): Promise<string> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  // No sheet of the workbook is taken for the self-test's own (none carries its tag): a free name.
  const { name } = sheetNameFor(
    SHEET_NAME,
    'result',
    sheets.items.map((sheet) => ({ name: sheet.name })),
  );
  context.workbook.worksheets.add(name);
  await context.sync();
  return name;
}

async function literalText(context: Excel.RequestContext, sheetName: string): Promise<Outcome> {
  const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(0, 0, LITERALS.length, 1);
  const { formats, values } = literalBlock(LITERALS.map((text) => [text]));
  range.numberFormat = formats;
  range.values = values;
  range.load('values');
  await context.sync();
  const wrong = LITERALS.findIndex((text, i) => range.values[i]?.[0] !== text);
  if (wrong >= 0) fail(`${JSON.stringify(LITERALS[wrong])} → ${JSON.stringify(range.values[wrong]?.[0])}`);
  return 'passed';
}

async function separator(context: Excel.RequestContext, sheetName: string): Promise<Outcome> {
  resetListSeparator();
  const found = await learnListSeparator(context, sheetName);
  const areas = context.workbook.worksheets.getItem(sheetName).getRanges(`B1${found}C3:C4`).load('areaCount');
  await context.sync();
  if (areas.areaCount !== 2) fail(`"${found}": ${areas.areaCount}`);
  return 'passed';
}

/**
 * The officer's format and two of the add-in's on overlapping cells; the add-in's found by their formula as
 * readWorkbook finds them and deleted as writeCheck deletes them; only the officer's may remain.
 */
async function conditionalFormats(context: Excel.RequestContext, sheetName: string): Promise<Outcome> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const add = (address: string, formula: string, fill: string) => {
    const format = sheet.getRange(address).conditionalFormats.add('Custom');
    format.custom.rule.formula = formula;
    format.custom.format.fill.color = fill;
  };
  add('E1:E3', OFFICERS_FORMULA, '#00B050');
  add('E1', markFormula('error'), MARK_FILLS.error);
  add('E2:E3', markFormula('warning'), MARK_FILLS.warning);
  await context.sync();
  const ours = (await customFormulas(context, sheet)).filter((rule) => isMarkFormula(rule.formula));
  if (ours.length !== 2) fail(`${ours.length} / 2`);
  removeMarks(
    sheet,
    ours.map((rule) => rule.id),
  );
  await context.sync();
  const left = (await customFormulas(context, sheet)).map((rule) => rule.formula);
  if (left.length !== 1 || left[0] !== OFFICERS_FORMULA) fail(JSON.stringify(left));
  return 'passed';
}

async function customFormulas(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<Array<{ id: string; formula: string }>> {
  const formats = sheet.getRange().conditionalFormats.load('items/type,items/id');
  await context.sync();
  const rules = formats.items
    .filter((format) => format.type === 'Custom')
    .map((format) => ({ id: format.id, rule: format.custom.rule.load('formula') }));
  await context.sync();
  return rules.map(({ id, rule }) => ({ id, formula: rule.formula }));
}

async function merged(context: Excel.RequestContext, sheetName: string): Promise<Outcome> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.getRange('G1:H2').merge(false);
  const areas = sheet.getRange('A1:J10').getMergedAreasOrNullObject().load('address');
  await context.sync();
  if (areas.isNullObject) fail('null');
  const found = mergedAreas(areas.address, { top: 1, left: 1, bottom: 10, right: 10 });
  const area = found[0];
  if (
    found.length !== 1 ||
    !area ||
    cellAddress(area.top, area.left) !== 'G1' ||
    area.bottom !== 2 ||
    area.right !== 8
  )
    fail(areas.address);
  return 'passed';
}

async function notes(context: Excel.RequestContext, sheetName: string): Promise<Outcome> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const text = 'Ma trận nhiệm vụ: tự kiểm tra';
  sheet.notes.add(sheet.getRange('A12'), text);
  const note = sheet.notes.getItem('A12').load('content');
  await context.sync();
  if (note.content !== text) fail(JSON.stringify(note.content));
  note.delete();
  await context.sync();
  return 'passed';
}

async function rowHiding(context: Excel.RequestContext, sheetName: string): Promise<Outcome> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.getRangeByIndexes(19, 0, 1, 1).rowHidden = true;
  const view = sheet.getRangeByIndexes(18, 0, 3, 1).getVisibleView().load('cellAddresses');
  await context.sync();
  const rows = view.cellAddresses.map((row) => String(row[0]).replace(/^.*!/, '').replace(/\$/g, ''));
  if (rows.join(',') !== 'A19,A21') fail(rows.join(','));
  sheet.getRangeByIndexes(19, 0, 1, 1).rowHidden = false;
  await context.sync();
  return 'passed';
}

/**
 * The agency filter itself on rows 30–33 of the self-test's sheet: in a temporary view that is live after
 * the filter and gone after "Bỏ lọc", with the shared view's rows untouched.
 */
async function sheetViews(sheetName: string): Promise<Outcome> {
  const capabilities = { notes: false, sheetViews: true };
  const view = { sheetName, firstRow: 30, lastRow: 33, visibleRows: [30, 31] };
  const outcome = await runExcel((context) => showOnlyRows(context, view, capabilities));
  if (outcome.shared) fail('shared');
  const during = await runExcel((context) => temporaryViewState(context, sheetName));
  if (!during.live) fail('no temporary view');
  await runExcel((context) => restoreRows(context, sheetName, capabilities));
  const after = await runExcel((context) => temporaryViewState(context, sheetName));
  if (after.live) fail('temporary view left open');
  if (after.hiddenRows > 0) fail(`${after.hiddenRows} hidden rows in the shared view`);
  return 'passed';
}

async function temporaryViewState(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<{ live: boolean; hiddenRows: number }> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const views = sheet.namedSheetViews.load('items/name');
  const visible = sheet.getRangeByIndexes(29, 0, 4, 1).getVisibleView().load('cellAddresses');
  await context.sync();
  return { live: views.items.some((each) => each.name === ''), hiddenRows: 4 - visible.cellAddresses.length };
}

interface StoredItem {
  isNullObject: boolean;
  value: unknown;
  delete(): void;
}

/** A key written, read back and removed: worksheet custom properties and workbook settings alike. */
async function storeRoundTrip(
  context: Excel.RequestContext,
  store: {
    add(key: string, value: string): unknown;
    getItemOrNullObject(key: string): { load(name: 'value'): StoredItem };
  },
): Promise<Outcome> {
  store.add(KEY, 'đã ghi');
  const read = store.getItemOrNullObject(KEY).load('value');
  await context.sync();
  if (read.isNullObject || read.value !== 'đã ghi')
    fail(read.isNullObject ? 'null' : JSON.stringify(read.value));
  read.delete();
  await context.sync();
  return 'passed';
}

async function pageLayout(context: Excel.RequestContext, sheetName: string): Promise<Outcome> {
  const layout = context.workbook.worksheets.getItem(sheetName).pageLayout;
  layout.zoom = { scale: 77 };
  layout.load('zoom');
  await context.sync();
  if (layout.zoom.scale !== 77) fail(JSON.stringify(layout.zoom));
  return 'passed';
}

async function undoGroup(context: Excel.RequestContext, sheetName: string): Promise<Outcome> {
  context.workbook.worksheets.getItem(sheetName).getRange('J1').values = [['một bước hoàn tác']];
  await context.sync();
  return 'passed';
}
