import { REGISTRY_SHEET_NAME, workbookRegistry } from '../agencies';
import { parseAppendix } from '../appendix';
import { readSettingsSheet } from '../check';
import { UnusableWorkbookError } from '../errors';
import { applyPlanScope } from '../planScope';
import type { Lang } from '../messages';
import type { AgencySheetsOutcome, WorkbookPort, WorkbookSnapshot } from '../port';
import type { Appendix } from '../schema';
import type { AgencyLists, AgencySheetName } from '../views';
import { buildAgencyLists, sheetNameKey } from '../views';
import { agencySheetSpecs } from './agencySheetSpecs';
import { isAgencySheet } from './planAgencySheets';

export interface AgencySheetsOptions {
  /** The appendix sheet; the active one when absent. */
  sheetName?: string;
  lang?: Lang;
  /** ISO date the lists are drawn as of; else the settings sheet's, else the plan's own date. */
  planDate?: string;
  /** Show the index sheet afterwards (the ribbon command); the task pane shows the outcome itself. */
  activateIndex?: boolean;
}

export interface AgencySheetsResult {
  appendix: Appendix;
  lists: AgencyLists;
  /** The date the lists were drawn as of (null: every agency as the appendix names it). */
  planDate: string | null;
  written: AgencySheetsOutcome;
  /** Sheets that could not take the wanted name because a sheet of the officer's holds it. */
  renamed: Array<{ wanted: string; name: string }>;
  /** Every sheet's name by list key (index: INDEX_SHEET_KEY), for links from the task pane. */
  names: { index: AgencySheetName; lists: AgencySheetName[] };
}

/**
 * "Tạo danh sách theo cơ quan", shared by the ribbon command and the task pane: read the workbook (one port
 * call), parse the appendix, draw the lists with the workbook's registry and plan date, name the sheets
 * around the officer's own, then write the index and one sheet per agency, replacing exactly the sheets an
 * earlier run wrote (one port call). The appendix is never changed.
 * @example await generateAgencySheets(port, { sheetName: 'Phụ lục 1' }) // { written: { written: ['Tổng hợp theo cơ quan', 'VP Đoàn ĐBQH và HĐND', …], removed: [] }, … }
 */
export async function generateAgencySheets(
  port: WorkbookPort,
  options: AgencySheetsOptions = {},
): Promise<AgencySheetsResult> {
  const lang = options.lang ?? 'vi';
  const snapshot = await readAppendixSheet(port, options.sheetName);
  const { registry } = workbookRegistry(snapshot.registry);
  const settings = snapshot.settings ? readSettingsSheet(snapshot.settings).settings : undefined;
  // The officer's province and period win over the title rows' (as in the check).
  const parsed = parseAppendix(snapshot.grid);
  // Agency lists of delegations ("Đoàn ra") are not built yet: say so rather than list them as tasks.
  if (parsed.kind !== 'tasks')
    throw new UnusableWorkbookError('wrong-kind', { sheet: parsed.sheet, kind: parsed.kind });
  const appendix = settings ? applyPlanScope(parsed, settings) : parsed;
  const planDate = options.planDate ?? settings?.planDate ?? appendix.plan.date;
  const lists = buildAgencyLists(appendix, { registry, planDate });
  const taken = snapshot.existing.sheets.filter((sheet) => !isAgencySheet(sheet)).map((sheet) => sheet.name);
  const specs = agencySheetSpecs(lists, taken, lang);
  const written = await port.writeAgencySheets({
    index: specs.index,
    lists: specs.lists,
    existing: snapshot.existing,
    activateIndex: options.activateIndex ?? false,
  });
  const renamed = [specs.names.index, ...specs.names.lists]
    .filter((name) => name.clash === 'taken')
    .map(({ wanted, name }) => ({ wanted, name }));
  return { appendix, lists, planDate, written, renamed, names: specs.names };
}

/**
 * The snapshot of the appendix sheet. The ribbon reads the active sheet, which is often a sheet the add-in
 * wrote (the index it activated last time): lists drawn from it would replace the very sheets they come
 * from. Then the officer's only other sheet is read instead (registry sheet aside); with several, the
 * add-in cannot tell which appendix was meant and says so rather than guess.
 */
async function readAppendixSheet(
  port: WorkbookPort,
  sheetName: string | undefined,
): Promise<WorkbookSnapshot> {
  const snapshot = await port.read(sheetName);
  const key = sheetNameKey(snapshot.grid.sheetName);
  const read = snapshot.existing.sheets.find((sheet) => sheetNameKey(sheet.name) === key);
  if (read?.tag === undefined) return snapshot;
  const candidates = snapshot.sheetNames.filter(
    (name) => sheetNameKey(name) !== sheetNameKey(REGISTRY_SHEET_NAME),
  );
  if (sheetName === undefined && candidates.length === 1 && candidates[0] !== undefined)
    return port.read(candidates[0]);
  throw new UnusableWorkbookError('no-such-sheet', { available: candidates.join(', ') });
}
